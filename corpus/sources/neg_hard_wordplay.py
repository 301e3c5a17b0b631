"""Hard negatives: ordinary content whose words trip a naive AI keyword match.

"ai" inside words (email, Mailchimp, Thailand, Dubai, Shanghai, Taipei,
Cairo, Spain, Airbnb, paint, said, rain, train, chair, detail, available,
French "aide", Portuguese "praia"), "KI" inside German words (Kiosk, Kino,
Ski, Kinder), "IA" inside words (Asia, media, Wikipedia, Italia, noticias),
"assistant" jobs and reviews in a non-AI sense, "copilot" in aviation and
rally content, "Gemini" as a horoscope sign or NASA programme, spark plugs,
magic tricks, and sparkle emoji in ordinary marketing copy.
"""
from corpus.common import esc, example, page_url, rng_for, wrap
from corpus.sources.neg_hard_articles import _attrs, _cls, _ctx, _host, _lang, _slug

SHOP_HOSTS = {
    "en": ("www.wayfair.com", "www.johnlewis.com", "www.target.com", "www.halfords.com", "www.boots.com"),
    "de": ("www.otto.de", "www.obi.de", "www.tchibo.de", "www.dm.de"),
    "fr": ("www.leroymerlin.fr", "www.laredoute.fr", "www.norauto.fr"),
    "es": ("www.elcorteingles.es", "www.leroymerlin.es"),
    "ja": ("www.nitori-net.jp", "www.muji.com"),
    "pt": ("www.magazineluiza.com.br", "www.leroymerlin.com.br"),
    "it": ("www.leroymerlin.it", "www.mondoconv.it"),
}
TRAVEL_HOSTS = {
    "en": ("www.expedia.com", "www.booking.com", "www.lonelyplanet.com", "www.skyscanner.net", "www.tui.co.uk"),
    "de": ("www.tui.com", "www.check24.de", "www.holidaycheck.de"),
    "fr": ("www.voyageursdumonde.fr", "www.opodo.fr"),
    "es": ("www.edreams.es", "www.rumbo.es"),
    "ja": ("www.jalan.net", "www.his-j.com"),
    "pt": ("www.decolar.com", "www.cvc.com.br"),
    "it": ("www.alpitour.it", "www.edreams.it"),
}

# --- ai inside words ------------------------------------------------------

TRAVEL = {
    "en": (("Thailand", "10 nights in Bangkok, Chiang Mai and Krabi", "from $1,299"),
           ("Dubai", "Flights to Dubai with a free checked bag", "from £289"),
           ("Shanghai", "City break: 4 nights in Shanghai", "from $899"),
           ("Taipei", "Direct flights to Taipei, daily departures", "from $742"),
           ("Cairo", "Cairo and a Nile cruise, 8 days", "from £1,049"),
           ("Spain", "Last-minute beach holidays in Spain", "from £219"),
           ("Hawaii", "Maui and Oahu island-hopping, 9 nights", "from $2,150"),
           ("Maine", "Coastal Maine road trip with lighthouse tours", "from $640")),
    "de": (("Thailand", "Rundreise: 12 Tage Bangkok, Chiang Mai und Koh Samui", "ab 1.349 €"),
           ("Dubai", "Dubai Stopover mit Hotel in der Marina", "ab 599 €"),
           ("Shanghai", "Städtereise Shanghai, 5 Nächte", "ab 899 €"),
           ("Mailand", "Wochenende in Mailand mit Dom-Führung", "ab 239 €"),
           ("Kairo", "Kairo & Nilkreuzfahrt, 8 Tage", "ab 1.099 €")),
    "fr": (("Thaïlande", "Circuit de 12 jours de Bangkok à Chiang Mai", "à partir de 1 390 €"),
           ("Dubaï", "Séjour à Dubaï, 5 nuits en hôtel 4*", "à partir de 749 €"),
           ("Shanghai", "Escapade à Shanghai", "à partir de 920 €"),
           ("Le Caire", "Le Caire et croisière sur le Nil", "à partir de 1 190 €")),
    "es": (("Tailandia", "Circuito de 11 días por Bangkok y Chiang Mai", "desde 1.290 €"),
           ("Dubái", "Vuelos a Dubái con maleta incluida", "desde 399 €"),
           ("Jamaica", "Todo incluido en Jamaica, 7 noches", "desde 1.450 €"),
           ("Shanghái", "Escapada de 4 noches a Shanghái", "desde 870 €")),
    "ja": (("タイ", "バンコク・チェンマイ周遊 8日間", "129,800円～"),
           ("ドバイ", "ドバイ 5日間 ホテル付き", "148,000円～"),
           ("台北", "台北 3日間 フリープラン", "39,800円～"),
           ("上海", "上海 4日間 直行便", "59,800円～")),
    "pt": (("Tailândia", "Roteiro de 10 noites por Bangkok e Chiang Mai", "a partir de R$ 8.990"),
           ("Dubai", "Passagens para Dubai com bagagem", "a partir de R$ 4.290"),
           ("Praia do Forte", "Pacote praia: 5 noites na Bahia", "a partir de R$ 1.890")),
    "it": (("Thailandia", "Tour di 12 giorni tra Bangkok e Chiang Mai", "da 1.390 €"),
           ("Dubai", "Voli per Dubai con bagaglio incluso", "da 420 €"),
           ("Shanghai", "City break a Shanghai, 4 notti", "da 910 €")),
}
BOOK_NOW = {"en": "View deal", "de": "Angebot ansehen", "fr": "Voir l'offre", "es": "Ver oferta", "ja": "詳細を見る",
            "pt": "Ver oferta", "it": "Vedi offerta"}

AIRBNB = {
    "en": (("Apartment in Dubai Marina", "Sea-view studio, 5 min to the beach", "$142 night"),
           ("Home in Chiang Mai", "Teak house with garden and pool", "$68 night"),
           ("Condo in Taipei", "Quiet flat near Zhongshan MRT", "$81 night"),
           ("Cabin in Maine", "Lakeside cabin with wood stove", "$190 night")),
    "de": (("Wohnung in Dubai", "Studio mit Meerblick", "128 € pro Nacht"),
           ("Chalet in Kitzbühel", "Ski-in/Ski-out, Sauna", "310 € pro Nacht")),
    "fr": (("Appartement à Dubaï", "Studio vue mer, proche plage", "131 € par nuit"),
           ("Maison à Saint-Malo", "Maison de pêcheur rénovée", "145 € par nuit")),
    "es": (("Apartamento en Dubái", "Estudio con vistas al mar", "130 € noche"),),
    "pt": (("Casa em Praia do Rosa", "Casa pé na areia com varanda", "R$ 480 noite"),
           ("Apartamento em Paraty", "Centro histórico, 2 quartos", "R$ 350 noite")),
    "ja": (("台北のマンション", "中山駅から徒歩5分", "￥9,800 /泊"),),
    "it": (("Appartamento a Dubai", "Monolocale vista mare", "129 € a notte"),),
}
FAVOURITE = {"en": "Guest favourite", "de": "Von Gästen empfohlen", "fr": "Coup de cœur voyageurs",
             "es": "Favorito entre huéspedes", "pt": "Preferido dos hóspedes", "ja": "ゲストお気に入り",
             "it": "Amato dagli ospiti"}
AVAILABLE = {"en": "Available Mar 4 - 9", "de": "Verfügbar 4.-9. März", "fr": "Disponible du 4 au 9 mars",
             "es": "Disponible 4-9 mar", "pt": "Disponível 4-9 de mar.", "ja": "3月4日～9日 空室あり",
             "it": "Disponibile 4-9 mar"}

PRODUCTS_AI = {
    "en": (("Interior wall paint, matt white, 2.5 L", "$34.99", "paint"), ("Oak dining chair, set of 2", "$219.00", "chair"),
           ("Waterproof rain jacket, packable", "$89.00", "rain"), ("Stainless steel mailbox, wall-mounted", "$45.50", "mail"),
           ("Hand-painted ceramic bowl", "$22.00", "painted"), ("Rain barrel with tap, 200 L", "$79.00", "rain"),
           ("Wooden toy train set, 40 pieces", "$39.99", "train"), ("Cordless paint sprayer", "$119.00", "paint")),
    "de": (("Holzeisenbahn-Set, 40 Teile", "34,99 €", "Eisenbahn"), ("Regenjacke, wasserdicht", "79,95 €", "Regenjacke"),
           ("Mailänder Espressokanne, 6 Tassen", "29,90 €", "Mailänder")),
    "fr": (("Peinture murale blanc mat, 2,5 L", "29,90 €", "peinture"), ("Chaise de salle à manger en chêne", "89,00 €", "chaise"),
           ("Kit de maintenance vélo", "24,99 €", "maintenance"), ("Imperméable pour la pluie, léger", "59,00 €", "imperméable")),
    "es": (("Aire acondicionado portátil 9000 BTU", "329,00 €", "aire"), ("Silla de comedor de roble", "95,00 €", "silla")),
    "pt": (("Cadeira de praia reclinável", "R$ 189,90", "praia"), ("Guarda-sol para praia, 2 m", "R$ 129,90", "praia")),
    "it": (("Sedia da pranzo in rovere", "89,00 €", "sedia"), ("Kit di manutenzione per bicicletta", "24,90 €", "manutenzione")),
    "ja": (("レインコート 防水 軽量", "￥4,990", "レイン"), ("木製ダイニングチェア 2脚セット", "￥19,900", "チェア")),
}
ADD = {"en": "Add to basket", "de": "In den Warenkorb", "fr": "Ajouter au panier", "es": "Añadir al carrito",
       "ja": "カートに追加", "pt": "Adicionar à sacola", "it": "Aggiungi al carrello"}
IN_STOCK = {"en": "Available for delivery", "de": "Lieferbar", "fr": "Disponible en livraison",
            "es": "Disponible", "ja": "在庫あり", "pt": "Disponível", "it": "Disponibile"}

SENTENCES_AI = {
    "en": ("The council said the bridge would stay closed for maintenance until the end of March, with rail replacement buses running every 20 minutes.",
           "Heavy rain is expected across the region on Saturday; the Met Office said trains on the coastal line may be delayed.",
           "Full details of the new timetable are available on the operator's website and at staffed stations.",
           "The chair of the committee said the report contained no evidence of wrongdoing and that the mail ballot would go ahead as planned.",
           "Volunteers maintain the trail, clearing fallen branches after every storm.",
           "A spokesperson for the airline said flights to Dubai and Bahrain would resume on Monday.",
           "Tickets are available from Friday and remain valid for seven days after purchase."),
    "fr": ("Le maire a déclaré que les travaux de maintenance dureraient jusqu'à la fin du mois, et qu'une aide serait versée aux commerçants.",
           "De fortes pluies sont attendues ce week-end ; la SNCF prévoit des retards sur les trains de la ligne côtière.",
           "J'ai vraiment aimé ce restaurant : le service était rapide et le pain fait maison.",
           "La semaine prochaine, le centre d'aide sociale sera ouvert tous les matins."),
    "es": ("El alcalde dijo que las obras de mantenimiento durarán hasta finales de mes.",
           "Se esperan lluvias intensas el sábado; Renfe advierte de retrasos en los trenes de cercanías.",
           "Las noticias del día: el festival de jazz de Vitoria anuncia su cartel completo."),
    "pt": ("A prefeitura disse que a praia ficará interditada para manutenção até sexta-feira.",
           "Mais chuva é esperada para o fim de semana no litoral paulista.",
           "Bom dia! O mercado municipal abre hoje às 7h com mais de 200 bancas."),
    "it": ("Il sindaco ha detto che i lavori di manutenzione dureranno fino a fine mese.",
           "Non ho mai visto tanta pioggia a Milano in una sola giornata."),
}

MAILCHIMP = {"en": ("Subscribe to our newsletter", "Email Address", "indicates required", "Subscribe"),
             "de": ("Newsletter abonnieren", "E-Mail-Adresse", "Pflichtfeld", "Anmelden"),
             "fr": ("Inscrivez-vous à notre lettre d'information", "Adresse e-mail", "champ obligatoire", "S'inscrire"),
             "es": ("Suscríbete a nuestro boletín", "Correo electrónico", "obligatorio", "Suscribirse"),
             "ja": ("メールマガジン登録", "メールアドレス", "必須", "登録"),
             "pt": ("Assine nossa newsletter", "E-mail", "obrigatório", "Inscrever-se"),
             "it": ("Iscriviti alla newsletter", "Indirizzo email", "obbligatorio", "Iscriviti"),
             "nl": ("Schrijf je in voor de nieuwsbrief", "E-mailadres", "verplicht", "Inschrijven")}

AIDE_NAV = {"fr": ("Aide", "Centre d'aide", "Besoin d'aide ?", "Aide et contact", "Mon compte", "Mes commandes", "Suivi de colis")}

# --- KI / IA inside words ------------------------------------------------------

KI_WORDS = (
    ("Kinoprogramm", "Heute im Kino: Spätvorstellung um 22:30 Uhr, Tickets an der Abendkasse.", "www.kinoheld.de"),
    ("Skiurlaub", "Skipass für 6 Tage inklusive, Skiverleih direkt an der Talstation.", "www.skiresort.de"),
    ("Kiosk", "Unser Kiosk am Bahnhof hat jetzt auch sonntags von 7 bis 20 Uhr geöffnet.", "www.bahnhof-kiosk.de"),
    ("Kinderbetreuung", "Die Kinderbetreuung im Familienzentrum ist werktags ab 7:30 Uhr geöffnet.", "www.familienzentrum-kiel.de"),
    ("Kieler Woche", "Die Kieler Woche beginnt am Samstag mit dem traditionellen Windjammer-Umzug.", "www.kieler-woche.de"),
    ("Kiwi-Sorbet", "Für das Kiwi-Sorbet vier reife Kiwis schälen, pürieren und mit Limettensaft abschmecken.", "www.chefkoch.de"),
    ("Kissen", "Kopfkissen 40 x 80 cm, waschbar bis 60 °C, mit Reißverschluss.", "www.dormando.de"),
    ("Skischule", "Anfängerkurse der Skischule starten täglich um 10 Uhr am Übungshang.", "www.skischule-oberstdorf.de"),
    ("Kilometerpauschale", "Die Kilometerpauschale beträgt ab dem 21. Kilometer 38 Cent.", "www.steuertipps.de"),
)
IA_WORDS = {
    "en": (("Southeast Asia", "Our Southeast Asia guide covers Vietnam, Malaysia and Indonesia, with visa tips for each."),
           ("Media", "Media enquiries: please contact our press office. Media kit and logos are available below."),
           ("Wikipedia", "From Wikipedia, the free encyclopedia. This article is about the city in Italy."),
           ("India", "India tour: Delhi, Agra and Jaipur in 9 days, with a sunrise visit to the Taj Mahal."),
           ("Social media", "Follow us on social media for daily recipes and behind-the-scenes videos.")),
    "es": (("Noticias", "Noticias de última hora: el temporal obliga a cerrar tres carreteras en Galicia."),
           ("Farmacia", "Farmacia de guardia: abierta 24 horas en la calle Mayor, 12."),
           ("Historia", "Historia de la ciudad: del asentamiento romano a la Feria de Abril."),
           ("Academia", "Academia de idiomas: cursos intensivos de inglés y alemán en julio.")),
    "it": (("Italia", "Le più belle spiagge d'Italia secondo i nostri lettori."),
           ("Mediaset", "Palinsesto di stasera: film, serie TV e informazione."),
           ("Farmacia", "Farmacia di turno aperta fino alle 22.")),
    "pt": (("Dia", "Promoção do Dia dos Pais: até 40% de desconto em ferramentas."),
           ("Mídia", "Assessoria de imprensa e kit de mídia."),
           ("Farmácia", "Farmácia 24 horas com entrega em domicílio.")),
    "de": (("Mediathek", "Alle Sendungen der Woche in der Mediathek, jederzeit abrufbar."),
           ("Asien", "Asienreisen: Vietnam, Kambodscha und Laos in 18 Tagen."),
           ("Wikipedia", "Aus Wikipedia, der freien Enzyklopädie.")),
    "fr": (("Médias", "Espace médias : communiqués de presse et photos en haute définition."),
           ("Asie", "Voyages en Asie : Vietnam, Cambodge, Malaisie.")),
}

# --- assistant / copilot / gemini / spark / magic ------------------------------

ASSISTANT_JOBS = {
    "en": ("Assistant Store Manager", "Teaching Assistant (Primary)", "Executive Assistant to the CEO", "Dental Assistant",
           "Assistant Professor of History", "Legal Assistant", "Assistant Coach, Women's Football", "Veterinary Assistant"),
    "de": ("Assistenz der Geschäftsführung (m/w/d)", "Zahnmedizinische Assistenz (m/w/d)", "Teamassistenz Vertrieb (m/w/d)",
           "Assistenzarzt Innere Medizin (m/w/d)"),
    "fr": ("Assistant(e) de direction", "Assistant(e) dentaire", "Assistant(e) commercial(e)", "Assistant(e) maternel(le)"),
    "es": ("Asistente administrativo/a", "Asistente de dirección", "Auxiliar de farmacia", "Asistente dental"),
    "ja": ("営業アシスタント", "歯科助手", "経理アシスタント", "店長補佐"),
    "pt": ("Assistente administrativo", "Assistente de loja", "Auxiliar de enfermagem", "Assistente jurídico"),
    "it": ("Assistente alla poltrona", "Assistente di direzione", "Assistente amministrativo/a"),
}
JOB_LOC = {"en": "Manchester", "de": "Köln", "fr": "Lille", "es": "Sevilla", "ja": "名古屋市", "pt": "Curitiba, PR", "it": "Napoli"}

REVIEWS_ASSIST = {
    "en": ("The speaker has no microphone at all, so there's no Google Assistant or Alexa listening in. For a kitchen radio that's exactly what I wanted.",
           "Great tablet for my dad: I switched off the voice assistant on day one and he just uses it for video calls and the news.",
           "Our new assistant manager reorganised the stock room and the Saturday rota is finally fair.",
           "Huge thanks to the teaching assistant who stayed late to help with the science fair."),
    "de": ("Der Lautsprecher hat kein Mikrofon und keinen Sprachassistenten – für die Küche genau richtig.",
           "Die Praxisassistenz war sehr freundlich und hat uns den Termin sofort verschoben."),
    "fr": ("L'enceinte n'a pas de micro ni d'assistant vocal, parfait pour la cuisine.",
           "Merci à l'assistante de direction pour son accueil chaleureux."),
    "es": ("El altavoz no tiene micrófono ni asistente de voz: justo lo que buscaba para la cocina.",),
    "ja": ("マイクも音声アシスタントも付いていないので、台所用のラジオとして安心して使えます。",),
    "pt": ("A caixa de som não tem microfone nem assistente de voz, ótima para a cozinha.",),
    "it": ("La cassa non ha microfono né assistente vocale: perfetta per la cucina.",),
}

COPILOT = {
    "en": ("The copilot, a first officer with 2,300 flight hours, took control during the final approach after the captain reported a bird strike.",
           "Airline pilots train for years before moving from the right-hand copilot seat to captain.",
           "In rally raid, the co-pilot reads the roadbook and calls every turn while the driver keeps the car flat out across the dunes.",
           "Become a commercial pilot: our integrated course takes you from zero experience to copilot on a jet in 18 months."),
    "de": ("Der Copilot übernahm nach dem Vogelschlag die Landung und brachte die Maschine sicher auf den Boden.",
           "Bei der Rallye Dakar liest der Copilot das Roadbook und sagt jede Kurve an."),
    "fr": ("Le copilote a pris les commandes pendant l'approche finale, après que le commandant a signalé un impact d'oiseau.",
           "Au Dakar, le copilote lit le road-book et annonce chaque virage au pilote."),
    "es": ("El copiloto tomó los mandos durante la aproximación final tras el impacto de un ave.",
           "En el Dakar, el copiloto lee el libro de ruta y canta cada curva al piloto."),
    "pt": ("O copiloto assumiu o controle durante a aproximação final após a colisão com uma ave.",),
    "it": ("Il copilota ha preso i comandi durante l'avvicinamento finale dopo l'impatto con un uccello.",
           "Al Dakar il copilota legge il roadbook e chiama ogni curva."),
}

HOROSCOPE = {
    "en": (("Gemini", "May 21 - June 20", "A conversation you have been putting off goes better than expected. Say what you mean, kindly."),
           ("Gemini", "May 21 - Jun 20", "Money matters need a second look this week; double-check any contract before you sign."),
           ("Aries", "March 21 - April 19", "Slow down on Tuesday. Not every deadline is as urgent as it looks."),
           ("Libra", "September 23 - October 22", "A friend needs your help more than they admit.")),
    "es": (("Géminis", "21 de mayo - 20 de junio", "Una conversación pendiente sale mejor de lo esperado."),
           ("Tauro", "20 de abril - 20 de mayo", "Buen momento para ordenar tus finanzas.")),
    "pt": (("Gêmeos", "21/05 a 20/06", "Uma conversa adiada pode trazer alívio. Seja sincero, mas gentil."),),
    "fr": (("Gémeaux", "21 mai - 21 juin", "Une discussion que vous repoussiez se passe mieux que prévu."),),
    "it": (("Gemelli", "21 maggio - 21 giugno", "Una conversazione rimandata andrà meglio del previsto."),),
    "de": (("Zwillinge", "21. Mai - 21. Juni", "Ein lange aufgeschobenes Gespräch verläuft besser als gedacht."),),
    "ja": (("ふたご座", "5月21日～6月21日", "先延ばしにしていた話し合いが思いのほかうまくいきそう。"),),
}
NASA_GEMINI = ("Project Gemini was NASA's second human spaceflight programme. Between 1965 and 1966, ten crewed Gemini missions tested rendezvous, docking and spacewalks needed for Apollo.",
               "On Gemini 4 in June 1965, Ed White became the first American to walk in space, tethered to the capsule for 23 minutes.")

SPARK = {
    "en": (("NGK Laser Iridium Spark Plug ILZKR7B11, pack of 4", "$39.96"), ("Bosch Double Platinum Spark Plug 8162", "$7.49"),
           ("Spark plug socket, 5/8 in., magnetic", "$9.99")),
    "de": (("NGK Zündkerze LKR7E, 4 Stück", "24,99 €"), ("Bosch Zündkerze Super Plus FR7DC+", "4,49 €")),
    "fr": (("Bougie d'allumage NGK BPR6ES, lot de 4", "14,90 €"),),
    "es": (("Bujía NGK Iridium IX, pack de 4", "36,90 €"),),
    "it": (("Candela di accensione NGK, confezione da 4", "15,90 €"),),
}
MAGIC = {
    "en": ("Five easy magic tricks to teach kids this weekend, from the vanishing coin to the rising card.",
           "The Orlando Magic beat the Hornets 112-104 behind 31 points from their rookie guard.",
           "Magic: The Gathering - Foundations booster box, 36 packs, English edition.",
           "Apple Magic Keyboard with Touch ID and Numeric Keypad, US English, white keys.",
           "This one-bowl magic custard cake separates into three layers as it bakes."),
    "de": ("Zaubertricks für Kinder: Die verschwindende Münze und fünf weitere Tricks.",
           "Magic: The Gathering – Foundations Booster-Display, deutsche Ausgabe."),
    "fr": ("Tours de magie faciles à apprendre aux enfants ce week-end.",),
    "es": ("Trucos de magia fáciles para enseñar a los niños.",),
}

SPARKLE = {
    "en": ("New arrivals ✨ Shop the spring collection", "✨ Free shipping on orders over $50", "Sale ✨ up to 50% off selected styles",
           "✨ Bestseller", "The holiday gift guide is here ✨", "✨ Limited edition scents, back for a short time",
           "Just dropped ✨ linen shirts in six colours"),
    "de": ("Neu eingetroffen ✨ Die Frühjahrskollektion", "✨ Kostenloser Versand ab 50 €", "Sale ✨ bis zu 50 % Rabatt",
           "✨ Bestseller", "Der Geschenke-Guide ist da ✨"),
    "fr": ("Nouveautés ✨ Découvrez la collection printemps", "✨ Livraison offerte dès 50 €", "Soldes ✨ jusqu'à -50 %",
           "✨ Meilleure vente"),
    "es": ("Novedades ✨ Descubre la colección de primavera", "✨ Envío gratis a partir de 50 €", "Rebajas ✨ hasta -50 %"),
    "ja": ("✨新作入荷✨ 春のコレクション", "✨ 5,000円以上で送料無料", "セール ✨ 最大50%OFF"),
    "pt": ("Novidades ✨ Conheça a coleção de verão", "✨ Frete grátis acima de R$ 199", "Liquida ✨ até 50% off"),
    "it": ("Nuovi arrivi ✨ Scopri la collezione primavera", "✨ Spedizione gratuita da 50 €", "Saldi ✨ fino al 50%"),
    "nl": ("Nieuw binnen ✨ De voorjaarscollectie", "✨ Gratis verzending vanaf € 50"),
    "pl": ("Nowości ✨ Kolekcja wiosenna", "✨ Darmowa dostawa od 199 zł"),
    "sv": ("Nyheter ✨ Vårkollektionen", "✨ Fri frakt över 499 kr"),
}
NEW_WORD = {"en": "New", "de": "Neu", "fr": "Nouveau", "es": "Nuevo", "ja": "新着", "pt": "Novo", "it": "Novità",
            "nl": "Nieuw", "pl": "Nowość", "sv": "Nyhet"}
SHOP_NOW = {"en": "Shop now", "de": "Jetzt shoppen", "fr": "J'en profite", "es": "Comprar", "ja": "今すぐチェック",
            "pt": "Comprar", "it": "Acquista", "nl": "Shop nu", "pl": "Kupuj", "sv": "Handla nu"}
HELP_CHOOSE = {"en": ("Not sure which mattress is right for you?", "Help me choose", "Take our 2-minute quiz"),
               "de": ("Unsicher, welche Matratze passt?", "Beratung starten", "Zum 2-Minuten-Test"),
               "fr": ("Vous hésitez entre nos matelas ?", "Aidez-moi à choisir", "Faites le test en 2 minutes"),
               "es": ("¿No sabes qué colchón elegir?", "Ayúdame a elegir", "Haz el test de 2 minutos")}


def _shop(rng, lang):
    return _host(rng, lang, SHOP_HOSTS)


def _travel(rng, i):
    lang = _lang(rng, allowed=tuple(TRAVEL))
    dest, desc, price = rng.choice(TRAVEL[lang])
    host = _host(rng, lang, TRAVEL_HOSTS)
    style = rng.randrange(3)
    img = f'<img src="https://{host}/img/dest/{_slug(dest, rng)}.jpg" alt="{esc(dest)}" loading="lazy">'
    if style == 0:
        html = (f'<a {_attrs(rng, [("href", f"/deals/{_slug(dest, rng)}"), ("class", _cls(rng, "deal-card"))])}>{img}'
                f'<h3>{esc(dest)}</h3><p>{esc(desc)}</p><span class="{_cls(rng, "price")}">{esc(price)}</span></a>')
    elif style == 1:
        html = (f'<div class="{_cls(rng, "uitk-card", "uitk-card-roundcorner-all")}" data-stid="destination-card">{img}'
                f'<div class="{_cls(rng, "uitk-card-content-section")}"><h3 class="uitk-heading uitk-heading-6">{esc(dest)}</h3>'
                f'<div class="uitk-text">{esc(desc)}</div><div class="uitk-type-500">{esc(price)}</div>'
                f'<a class="uitk-button uitk-button-small" href="/{_slug(dest, rng)}">{esc(BOOK_NOW[lang])}</a></div></div>')
    else:
        html = f'<li class="{_cls(rng, "destination")}"><a href="/{_slug(dest, rng)}">{esc(dest)}</a> – {esc(desc)} <strong>{esc(price)}</strong></li>'
        html = f'<ul class="{_cls(rng, "destinations")}">{html}</ul>'
    return example(wrap(html, rng), page_url(host, rng, f"/{rng.choice(('deals', 'holidays', 'reisen', 'voyages', 'flights'))}/{_slug(dest, rng)}"),
                   0, "travel_card", "travel deal card naming Thailand / Dubai / Shanghai / Taipei / Cairo (Expedia uitk-card style)",
                   lang=lang, context=_ctx(rng, w=(240, 420), h=(200, 380)))


def _airbnb(rng, i):
    lang = _lang(rng, allowed=tuple(AIRBNB))
    title, sub, price = rng.choice(AIRBNB[lang])
    lid = rng.randint(10 ** 17, 10 ** 18)
    fav = f'<div class="{_cls(rng, "t1qa5xaj")}">{esc(FAVOURITE[lang])}</div>' if rng.random() < 0.5 else ""
    html = (f'<div itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><div data-testid="card-container" class="{_cls(rng, "c4mnd7m", "atm_9s_11p5wf0", obf=0.2)}">'
            f'<a href="/rooms/{lid}" aria-labelledby="title_{lid}" target="listing_{lid}" rel="noopener noreferrer nofollow"></a>{fav}'
            f'<div data-testid="listing-card-title" id="title_{lid}" class="t1jojoys">{esc(title)}</div>'
            f'<div data-testid="listing-card-subtitle"><span>{esc(sub)}</span></div>'
            f'<div data-testid="listing-card-subtitle"><span>{esc(AVAILABLE[lang])}</span></div>'
            f'<div data-testid="price-availability-row"><span class="_11jcbg2">{esc(price)}</span></div></div></div>')
    tld = {"en": "www.airbnb.com", "de": "www.airbnb.de", "fr": "www.airbnb.fr", "es": "www.airbnb.es",
           "pt": "www.airbnb.com.br", "ja": "www.airbnb.jp", "it": "www.airbnb.it"}[lang]
    return example(wrap(html, rng), page_url(tld, rng, "/s/homes"), 0, "listing_card",
                   "Airbnb search result card (data-testid=card-container, listing-card-title, price-availability-row)",
                   lang=lang, context=_ctx(rng, w=(260, 360), h=(300, 420)))


def _product_ai(rng, i):
    lang = _lang(rng, allowed=tuple(PRODUCTS_AI))
    name, price, _ = rng.choice(PRODUCTS_AI[lang])
    host = _shop(rng, lang)
    sku = rng.randint(100000, 999999)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div class="{_cls(rng, "product-tile")}" data-sku="{sku}"><a href="/p/{_slug(name, rng)}-{sku}"><img src="https://{host}/images/{sku}.jpg" alt="{esc(name)}"></a>'
                f'<p class="{_cls(rng, "product-tile__name")}">{esc(name)}</p><p class="{_cls(rng, "price")}">{esc(price)}</p>'
                f'<p class="{_cls(rng, "availability")}">{esc(IN_STOCK[lang])}</p>'
                f'<button type="button" class="{_cls(rng, "add-to-basket")}" aria-label="{esc(ADD[lang])}: {esc(name)}">{esc(ADD[lang])}</button></div>')
    elif style == 1:
        html = (f'<article class="{_cls(rng, "product-card")}" data-testid="product-card"><h3>{esc(name)}</h3>'
                f'<span class="{_cls(rng, "product-card__price")}">{esc(price)}</span><a href="/product/{sku}">{esc(ADD[lang])}</a></article>')
    else:
        html = (f'<li class="product type-product instock {_cls(rng, extra=(0, 1))}"><a href="/product/{_slug(name, rng)}/" class="woocommerce-LoopProduct-link">'
                f'<h2 class="woocommerce-loop-product__title">{esc(name)}</h2><span class="price">{esc(price)}</span></a>'
                f'<a href="/cart/add/{sku}" class="button add_to_cart_button" rel="nofollow">{esc(ADD[lang])}</a></li>')
    return example(wrap(html, rng), page_url(host, rng, f"/c/{rng.randint(100, 999)}"), 0, "product_card",
                   "shop product tile whose name contains 'ai' inside a word (paint, chair, rain, train, aire, praia)",
                   lang=lang, context=_ctx(rng, w=(220, 360), h=(260, 420)))


def _sentence(rng, i):
    lang = _lang(rng, allowed=tuple(SENTENCES_AI))
    ss = list(SENTENCES_AI[lang])
    rng.shuffle(ss)
    body = "".join(f"<p>{esc(s)}</p>" for s in ss[:rng.randint(1, 3)])
    host = _host(rng, lang, {})
    html = f'<div class="{_cls(rng, "story-body", "article-text")}">{body}</div>' if rng.random() < 0.7 else body
    return example(wrap(html, rng), page_url(host, rng, f"/news/{rng.randint(10000, 99999)}"), 0, "article",
                   "news text with 'said', 'maintain', 'rain', 'train', 'available', 'aide', 'praia' (no AI meaning)",
                   lang=lang, context=_ctx(rng, w=(500, 760), h=(60, 400)))


def _mailchimp(rng, i):
    lang = _lang(rng, allowed=tuple(MAILCHIMP))
    title, email, req, sub = MAILCHIMP[lang]
    u = "".join(rng.choice("0123456789abcdef") for _ in range(25))
    lid = "".join(rng.choice("0123456789abcdef") for _ in range(10))
    dc = rng.randint(1, 21)
    html = (f'<div id="mc_embed_shell"><div id="mc_embed_signup"><form action="https://{_slug(rng.choice(("brightlane", "petpalace", "designly", "homebrew")), rng)}.us{dc}.list-manage.com/subscribe/post" '
            f'method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank"><div id="mc_embed_signup_scroll">'
            f'<h2>{esc(title)}</h2><div class="indicates-required"><span class="asterisk">*</span> {esc(req)}</div>'
            f'<div class="mc-field-group"><label for="mce-EMAIL">{esc(email)} <span class="asterisk">*</span></label>'
            f'<input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required="" value=""></div>'
            f'<div id="mce-responses" class="clear foot"><div class="response" id="mce-error-response" style="display: none;"></div></div>'
            f'<div aria-hidden="true" style="position: absolute; left: -5000px;"><input type="text" name="b_{u}_{lid}" tabindex="-1" value=""></div>'
            f'<div class="clear foot"><input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="{esc(sub)}"></div></div></form></div></div>')
    if rng.random() < 0.5:
        html = html.replace('<div id="mc_embed_shell">', "").replace("</form></div></div></div>", "</form></div></div>")
    host = _host(rng, lang, {})
    return example(wrap(html, rng), page_url(host, rng), 0, "newsletter_signup",
                   "Mailchimp embedded signup form (#mc_embed_signup, .mc-field-group, #mce-EMAIL)",
                   lang=lang, context=_ctx(rng, w=(280, 600), h=(160, 320)))


def _aide_nav(rng, i):
    items = list(AIDE_NAV["fr"])
    rng.shuffle(items)
    items = items[:rng.randint(3, 6)]
    if not any("ide" in x for x in items):
        items.append("Aide")
    lis = "".join(f'<li><a href="/{_slug(x, rng)}" class="{_cls(rng, "header-link", extra=(0, 1))}">{esc(x)}</a></li>' for x in items)
    html = f'<nav aria-label="Compte et aide" class="{_cls(rng, "header-utility")}"><ul>{lis}</ul></nav>'
    host = _host(rng, "fr", SHOP_HOSTS)
    return example(wrap(html, rng), page_url(host, rng), 0, "nav",
                   "French shop utility nav with 'Aide' / 'Centre d'aide' links (human help centre)",
                   lang="fr", context=_ctx(rng, w=(300, 600), h=(30, 48), y=rng.randint(0, 40)))


def _ki_word(rng, i):
    head, text, host = KI_WORDS[i % len(KI_WORDS)]
    style = rng.randrange(3)
    if style == 0:
        html = f'<section class="{_cls(rng, "teaser")}"><h2>{esc(head)}</h2><p>{esc(text)}</p></section>'
    elif style == 1:
        html = f'<div class="{_cls(rng, "info-box")}"><strong>{esc(head)}:</strong> {esc(text)}</div>'
    else:
        html = f'<article><h3><a href="/{_slug(head, rng)}">{esc(head)}</a></h3><p>{esc(text)}</p></article>'
    return example(wrap(html, rng), page_url(host if rng.random() < 0.6 else _host(rng, "de", {}), rng), 0, "article",
                   "German content with 'Ki' inside words (Kino, Kiosk, Ski, Kinder, Kiel, Kiwi)",
                   lang="de", context=_ctx(rng, w=(300, 700), h=(60, 260)))


def _ia_word(rng, i):
    lang = _lang(rng, allowed=tuple(IA_WORDS))
    head, text = rng.choice(IA_WORDS[lang])
    style = rng.randrange(3)
    if style == 0:
        html = f'<div class="{_cls(rng, "card")}"><h3>{esc(head)}</h3><p>{esc(text)}</p></div>'
    elif style == 1:
        html = f'<p><a href="/{_slug(head, rng)}">{esc(head)}</a> · {esc(text)}</p>'
    else:
        html = (f'<nav class="{_cls(rng, "section-nav")}"><a href="/{_slug(head, rng)}" aria-current="page">{esc(head)}</a>'
                f'<a href="/deportes">{esc({"es": "Deportes", "it": "Sport", "pt": "Esportes", "de": "Sport", "fr": "Sport", "en": "Sport"}[lang])}</a></nav>'
                f'<p>{esc(text)}</p>')
    host = _host(rng, lang, {"en": ("en.wikipedia.org", "www.roughguides.com"), "it": ("it.wikipedia.org",), "es": ("es.wikipedia.org",)})
    return example(wrap(html, rng), page_url(host, rng), 0, "article",
                   "content with 'ia' inside words (Asia, media, Wikipedia, Italia, noticias, farmacia)",
                   lang=lang, context=_ctx(rng, w=(300, 700), h=(40, 240)))


def _assistant(rng, i):
    lang = _lang(rng, allowed=tuple(ASSISTANT_JOBS))
    if rng.random() < 0.6:
        title = rng.choice(ASSISTANT_JOBS[lang])
        company = rng.choice(("Brightlane Retail", "St Mary's Primary School", "Helix Dental", "Northwind Logistics", "Unibank"))
        jid = rng.randint(10 ** 9, 10 ** 10)
        style = rng.randrange(2)
        if style == 0:
            html = (f'<div class="job_seen_beacon"><h2 class="jobTitle"><a data-jk="{jid:x}" href="/rc/clk/{jid:x}" class="jcs-JobTitle"><span title="{esc(title)}">{esc(title)}</span></a></h2>'
                    f'<span data-testid="company-name">{esc(company)}</span><div data-testid="text-location">{esc(JOB_LOC[lang])}</div></div>')
            src = "Indeed job card for an 'assistant' role (non-AI sense)"
            host = {"en": "uk.indeed.com", "de": "de.indeed.com", "fr": "fr.indeed.com", "es": "es.indeed.com",
                    "ja": "jp.indeed.com", "pt": "br.indeed.com", "it": "it.indeed.com"}[lang]
        else:
            html = (f'<li class="{_cls(rng, "vacancy")}"><a href="/vacancies/{jid}"><h3>{esc(title)}</h3></a>'
                    f'<p>{esc(company)} – {esc(JOB_LOC[lang])}</p></li>')
            src = "generic pattern: vacancy list item for an assistant job"
            host = _host(rng, lang, {})
        kind = "job_card"
    else:
        text = rng.choice(REVIEWS_ASSIST[lang])
        stars = rng.randint(3, 5)
        html = (f'<div {_attrs(rng, [("class", _cls(rng, "review")), ("data-hook", "review"), ("id", f"R{rng.randint(10 ** 11, 10 ** 12)}")])}>'
                f'<span class="a-icon-alt">{stars}/5</span><span data-hook="review-body"><span>{esc(text)}</span></span></div>')
        src = "customer review (Amazon data-hook=review-body) mentioning an assistant in a non-AI sense / no voice assistant"
        host = _host(rng, lang, SHOP_HOSTS)
        kind = "review"
    return example(wrap(html, rng), page_url(host, rng), 0, kind, src, lang=lang,
                   context=_ctx(rng, w=(300, 800), h=(60, 220)))


def _copilot(rng, i):
    lang = _lang(rng, allowed=tuple(COPILOT))
    text = rng.choice(COPILOT[lang])
    head = {"en": ("Aviation", "Motorsport", "Pilot training"), "de": ("Luftfahrt", "Motorsport"),
            "fr": ("Aéronautique", "Rallye"), "es": ("Aviación", "Motor"), "pt": ("Aviação",), "it": ("Aviazione", "Motori")}[lang]
    html = f'<article class="{_cls(rng, "story")}"><span class="{_cls(rng, "kicker")}">{esc(rng.choice(head))}</span><p>{esc(text)}</p></article>' \
        if rng.random() < 0.6 else f"<p>{esc(text)}</p>"
    host = _host(rng, lang, {"en": ("www.flightglobal.com", "simpleflying.com", "www.dakar.com", "www.avweb.com"),
                             "de": ("www.aerotelegraph.com",), "fr": ("www.air-journal.fr",), "es": ("www.dakar.com",)})
    return example(wrap(html, rng), page_url(host, rng), 0, "article",
                   "aviation / rally content using 'copilot' / 'copiloto' / 'copilote' in its original sense",
                   lang=lang, context=_ctx(rng, w=(400, 760), h=(60, 240)))


def _gemini(rng, i):
    if rng.random() < 0.2:
        lang = "en"
        text = rng.choice(NASA_GEMINI)
        html = f'<div class="{_cls(rng, "history-card")}"><h3>Project Gemini</h3><p>{esc(text)}</p></div>'
        host = rng.choice(("www.nasa.gov", "airandspace.si.edu", "www.space.com"))
        src = "space-history content about NASA Project Gemini"
        kind = "article"
    else:
        lang = _lang(rng, allowed=tuple(HOROSCOPE))
        sign, dates, text = rng.choice(HOROSCOPE[lang])
        slug = _slug(sign, rng)
        style = rng.randrange(2)
        if style == 0:
            html = (f'<div class="{_cls(rng, "horoscope-card")}" data-sign="{slug}"><img src="/img/zodiac/{slug}.svg" alt="{esc(sign)}" width="48">'
                    f'<h3>{esc(sign)}</h3><span class="{_cls(rng, "dates")}">{esc(dates)}</span><p>{esc(text)}</p></div>')
        else:
            html = f'<li><a href="/horoscope/{slug}"><strong>{esc(sign)}</strong> ({esc(dates)})</a><p>{esc(text)}</p></li>'
            html = f'<ul class="{_cls(rng, "signs")}">{html}</ul>'
        host = _host(rng, lang, {"en": ("www.horoscope.com", "www.astrology.com", "www.elle.com"),
                                 "es": ("www.hola.com",), "pt": ("www.terra.com.br",), "fr": ("www.horoscope.fr",)})
        src = "horoscope card for Gemini / Géminis / Gêmeos / Gémeaux / Gemelli (zodiac sign)"
        kind = "horoscope"
    return example(wrap(html, rng), page_url(host, rng, f"/{rng.choice(('horoscope', 'astrology', 'history', 'lifestyle'))}/{rng.randint(100, 9999)}"),
                   0, kind, src, lang=lang, context=_ctx(rng, w=(280, 700), h=(80, 260)))


def _spark_magic(rng, i):
    if rng.random() < 0.5:
        lang = _lang(rng, allowed=tuple(SPARK))
        name, price = rng.choice(SPARK[lang])
        sku = rng.randint(100000, 999999)
        html = (f'<div class="{_cls(rng, "product-card")}" data-product-id="{sku}"><h3><a href="/parts/{sku}">{esc(name)}</a></h3>'
                f'<span class="{_cls(rng, "price")}">{esc(price)}</span><button type="button" class="{_cls(rng, "btn-cart")}">{esc(ADD.get(lang, ADD["en"]))}</button></div>')
        host = _host(rng, lang, {"en": ("www.autozone.com", "www.halfords.com", "www.rockauto.com"), "de": ("www.kfzteile24.de", "www.autodoc.de"),
                                 "fr": ("www.oscaro.com",), "es": ("www.recambioscoches.es",), "it": ("www.autodoc.it",)})
        src = "auto-parts product card for spark plugs (Zündkerze, bougie, bujía)"
        kind = "product_card"
    else:
        lang = _lang(rng, allowed=tuple(MAGIC))
        text = rng.choice(MAGIC[lang])
        html = f'<div class="{_cls(rng, "content-card")}"><p>{esc(text)}</p></div>' if rng.random() < 0.5 else f"<p>{esc(text)}</p>"
        host = _host(rng, lang, {"en": ("www.nba.com", "magic.wizards.com", "www.apple.com", "www.bbcgoodfood.com")})
        src = "non-AI content using 'magic' (magic tricks, Orlando Magic, Magic: The Gathering, Magic Keyboard)"
        kind = "article"
    return example(wrap(html, rng), page_url(host, rng), 0, kind, src, lang=lang,
                   context=_ctx(rng, w=(240, 700), h=(60, 260)))


def _sparkle(rng, i):
    lang = _lang(rng, allowed=tuple(SPARKLE))
    text = rng.choice(SPARKLE[lang])
    host = _host(rng, lang, SHOP_HOSTS)
    style = rng.randrange(4)
    ctx = None
    if style == 0:
        html = (f'<div {_attrs(rng, [("class", _cls(rng, "announcement-bar", "announcement-bar--top")), ("role", "region"), ("aria-label", "Announcement")])}>'
                f'<a href="/collections/new" class="{_cls(rng, "announcement-bar__link")}"><p class="announcement-bar__message h5">{esc(text)}</p></a></div>')
        src = "Shopify Dawn announcement bar (div.announcement-bar p.announcement-bar__message) with sparkle emoji"
        if rng.random() < 0.5:
            vw, vh = rng.choice(((1280, 720), (1440, 900), (390, 844)))
            ctx = {"position": rng.choice(("sticky", "fixed")), "rect": [0, 0, vw, rng.randint(32, 44)], "viewport": [vw, vh],
                   "zIndex": rng.choice((3, 10, 100)), "frameSrc": None, "shadowHost": False}
        else:
            ctx = _ctx(rng, w=(1200, 1400), h=(32, 44), y=0)
    elif style == 1:
        word = text if len(text) < 20 else "✨ " + NEW_WORD[lang]
        html = (f'<div class="card__badge {rng.choice(("top left", "bottom left", "top right"))}"><span id="Badge-template--{rng.randint(10 ** 13, 10 ** 14)}__product-grid-{rng.randint(10 ** 12, 10 ** 13)}" '
                f'class="{_cls(rng, "badge", "badge--bottom-left", "color-scheme-" + str(rng.randint(1, 5)), obf=0.2, extra=(0, 1))}">{esc(word)}</span></div>')
        src = "Shopify Dawn product card badge (div.card__badge span.badge) with sparkle emoji"
        ctx = _ctx(rng, w=(60, 120), h=(18, 26))
    elif style == 2:
        html = f'<a href="/collections/new-in" class="{_cls(rng, "header__menu-item", "list-menu__item")}"><span>{esc(text.split("✨")[0].strip() or text)} ✨</span></a>'
        src = "Shopify header menu item with sparkle emoji"
        ctx = _ctx(rng, w=(80, 200), h=(30, 48), y=rng.randint(40, 100))
    else:
        html = (f'<div class="{_cls(rng, "promo-tile")}"><h2>{esc(text)}</h2>'
                f'<a class="{_cls(rng, "button")}" href="/sale">{esc(SHOP_NOW[lang])}</a></div>')
        src = "promo tile with sparkle emoji in ordinary marketing copy"
        ctx = _ctx(rng, w=(300, 900), h=(120, 400))
    return example(wrap(html, rng), page_url(host, rng), 0, "promo_banner", src, lang=lang, context=ctx)


def _help_choose(rng, i):
    lang = _lang(rng, allowed=tuple(HELP_CHOOSE))
    q, btn, quiz = HELP_CHOOSE[lang]
    host = _host(rng, lang, {"en": ("www.simbasleep.com", "www.eve-sleep.co.uk"), "de": ("www.emma-matratze.de",),
                             "fr": ("www.tediber.com",), "es": ("www.colchonexpres.com",)})
    html = (f'<div class="{_cls(rng, "quiz-cta")}"><p>{esc(q)}</p>'
            f'<a {_attrs(rng, [("href", "/quiz"), ("class", _cls(rng, "btn", "btn-secondary")), ("aria-label", quiz)])}>{esc(btn)}</a></div>')
    return example(wrap(html, rng), page_url(host, rng, "/mattresses"), 0, "cta",
                   "mattress shop 'Help me choose' product-finder quiz link (rule-based questionnaire, not AI)",
                   lang=lang, context=_ctx(rng, w=(300, 700), h=(60, 140)))


TEMPLATES = (("travel", _travel, 36), ("airbnb", _airbnb, 22), ("product_ai", _product_ai, 30),
             ("sentence", _sentence, 25), ("mailchimp", _mailchimp, 26), ("aide", _aide_nav, 10),
             ("ki", _ki_word, 18), ("ia", _ia_word, 22), ("assistant", _assistant, 34),
             ("copilot", _copilot, 18), ("gemini", _gemini, 24), ("spark_magic", _spark_magic, 22),
             ("sparkle", _sparkle, 40), ("help_choose", _help_choose, 10))


def examples():
    out = []
    for name, fn, n in TEMPLATES:
        for i in range(n):
            out.append(fn(rng_for("neg_hard_wordplay", name, i), i))
    return out
