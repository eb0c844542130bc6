import type { RecordDocument } from "../modules/dialogue/index.server.ts";

/**
 * The level-playing-field record's downloadable HTML file, from the same document as its PDF: React
 * escapes every text. Plain elements only (the file carries no style sheet of the app).
 */
export function RecordDocumentHtml({ document }: { document: RecordDocument }) {
  return (
    <>
      <h1>{document.title}</h1>
      {document.intro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>{document.generatedAt}</p>
      {document.sections.map((section) => (
        <section
          key={section.id}
          id={`record-${section.id}`}
          aria-labelledby={`record-${section.id}-heading`}
        >
          <h2 id={`record-${section.id}-heading`}>{section.heading}</h2>
          {section.lead ? <p>{section.lead}</p> : null}
          {section.items.length === 0 ? (
            <p>{section.empty}</p>
          ) : (
            <ol>
              {section.items.map((item, index) => (
                // Items have no id of their own in the document; their order is fixed.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is static.
                <li key={index}>
                  <h3>{item.heading}</h3>
                  <dl>
                    {item.facts.map((fact, factIndex) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the list is static.
                      <div key={factIndex}>
                        <dt>{fact.label}</dt>
                        <dd>{fact.value}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </>
  );
}
