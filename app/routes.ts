import { index, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  index("routes/root-redirect.tsx"),
  route("sitemap.xml", "routes/sitemap.tsx"),
  route(":lang", "routes/locale-layout.tsx", [
    index("routes/home.tsx"),
    route("accessibility", "routes/accessibility.tsx"),
    route("privacy", "routes/privacy.tsx"),
    route("api", "routes/api-docs.tsx"),
    route("signup", "routes/signup.tsx"),
    route("login", "routes/login.tsx"),
    route("logout", "routes/logout.tsx"),
    route("forgot-password", "routes/forgot-password.tsx"),
    route("reset-password", "routes/reset-password.tsx"),
    route("account", "routes/account.tsx"),
    route("account/export", "routes/account-export.tsx"),
    route("organisations", "routes/organisations.tsx"),
    route("organisations/switch", "routes/organisations-switch.tsx"),
    route("organisations/:id", "routes/organisation.tsx"),
    route("organisations/:id/audit", "routes/organisation-audit.tsx"),
    route("invitations/:id", "routes/invitation.tsx"),
    route("unsubscribe", "routes/unsubscribe.tsx"),
    route("dev/mail", "routes/dev-mail.tsx"),
    route("dev/mail/:file", "routes/dev-mail-message.tsx"),
    route("*", "routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
