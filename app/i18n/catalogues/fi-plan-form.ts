// Part of the fi catalogue (fi.ts puts the parts together): the plan form's sections, required marks,
// procurement-kind hint and the errors that name their limit or value (issue 12 points 3, 13, 14).
export const fiPlanForm = {
  planForm: {
    requiredNote:
      "Pakolliset tiedot on merkitty sanalla ”pakollinen”. Muut osiot voit avata ja täyttää myöhemmin.",
    required: "{{field}} (pakollinen)",
    sections: {
      subject: "Hankinnan kohde ja arvo",
      lots: "Osiin jakaminen",
      sustainability: "Kestävyystavoitteet",
      contact: "Yhteyshenkilö",
    },
    languages: {
      either:
        "Kirjoita tekstit suomeksi tai ruotsiksi – ainakin toisella kielellä. Englanninkielinen teksti on vapaaehtoinen.",
      fi: "Organisaatiosi virallinen kieli on suomi: kirjoita tekstit suomeksi. Ruotsin- ja englanninkielinen teksti on vapaaehtoinen.",
      sv: "Organisaatiosi virallinen kieli on ruotsi: kirjoita tekstit ruotsiksi. Suomen- ja englanninkielinen teksti on vapaaehtoinen.",
    },
    lotsGroup: "Osat – täytä, jos hankinta jaetaan osiin",
    noLotsGroup: "Perustelu – täytä, jos hankintaa ei jaeta osiin",
    kind: {
      "social-health-services":
        "Pääkoodi {{code}} on sosiaali- tai terveyspalvelu (hankintalain liite E, kohta {{point}}). Näillä palveluilla on omat kynnysarvot.",
      "other-special-services":
        "Pääkoodi {{code}} on muu erityinen palvelu (hankintalain liite E, kohta {{point}}). Näillä palveluilla on omat kynnysarvot.",
      works: "Pääkoodi {{code}} on rakennusurakka.",
      "goods-services": "Pääkoodi {{code}} on tavara- tai palveluhankinta.",
      mismatch:
        "Hankintalajiksi on valittu ”{{chosen}}”, mutta pääkoodin mukaan laji on ”{{suggested}}”. Tarkista valinta.",
      thresholds: "Valitun hankintalajin kynnysarvot ovat {{national}} (kansallinen) ja {{eu}} (EU).",
      band: "Arvioidulla arvolla {{value}} arvoluokka on ”{{band}}”.",
    },
    errors: {
      tooLong: "Teksti on liian pitkä: enintään {{max}} merkkiä.",
      tooMany: "Valintoja on liian monta: enintään {{max}}.",
      notCpv: "”{{value}}” ei ole CPV-koodi. Anna 8 numeroa, esim. 90910000-9.",
      cpvUnknown: "{{value}} ei ole CPV-koodi: sitä ei ole CPV 2008 -luokituksessa.",
      notDate: "”{{value}}” ei ole päivämäärä. Anna se muodossa vvvv-kk-pp.",
      notEmail: "”{{value}}” ei ole sähköpostiosoite.",
      notNumber: "”{{value}}” ei ole kokonaisluku. Anna pelkät numerot, esim. 450 000.",
      officialLanguage: "Kirjoita teksti suomeksi tai ruotsiksi.",
    },
  },
};
