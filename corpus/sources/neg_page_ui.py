"""Ordinary page furniture (label 0): toasts, design-system custom elements,
dialogs, tables, tabs, accordions, announcement bars and non-AI product tours.

This module also holds the helpers and the UI string table shared by the
other neg_page_* modules (they import the underscore names from here).
"""
from corpus.common import (SITES, classes, esc, example, fixed_context, hashed_class,
                           inline_context, rng_for, wrap)

LANGS = ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "zh", "sv")

# Extra host pages for the negative families, on top of common.SITES.
_EXTRA_HOSTS = {
    "en": ("www.harborview-hotels.com", "store.vinylvault.com", "www.citylibrary.org",
           "docs.meshql.dev", "www.trailrunners.net", "www.quickprint.co",
           "www.kitchenaisle.com", "www.riverside-dental.com", "www.coastalgazette.com",
           "shop.sockshed.co", "www.parkfinder.org", "learn.pianoroom.io",
           "www.mortgagemate.com", "www.campusjobs.edu", "www.localplumbers.net"),
    "de": ("www.wanderwelt.de", "shop.kaffeeroester.de", "www.stadtwerke-nord.de",
           "www.tierarzt-am-see.de", "www.fahrradhaus.at"),
    "fr": ("www.librairie-centrale.fr", "www.meteo-region.fr", "boutique.fromagerie-alpes.fr",
           "www.mairie-villeneuve.fr"),
    "es": ("www.librerialuz.es", "tienda.cafeteria-sol.com", "www.ayuntamiento-norte.es",
           "www.clinicadental-centro.mx"),
    "pt": ("www.prefeitura-serra.gov.br", "loja.cafedoce.com.br", "www.livrariaporto.pt"),
    "it": ("www.comune-lagodoro.it", "shop.pastificio-rossi.it", "www.libreriaduomo.it"),
    "nl": ("www.gemeente-zandvoort.nl", "shop.kaashandel.nl"),
    "ja": ("www.city-minato-kankou.jp", "shop.ocha-no-sato.jp"),
    "ko": ("www.gangnam-clinic.kr", "book.seoulbooks.co.kr"),
    "zh": ("www.chayeshop.cn", "news.chengshi-ribao.cn"),
    "pl": ("www.ksiegarnia-centrum.pl", "www.urzad-miasta.pl"),
    "sv": ("www.bibliotek-norr.se", "shop.kaffekompaniet.se"),
}

_AC = ' aria-current="page"'
_TI = ' tabindex="-1"'
_ACT = ' class="active"'
_VIEWPORTS = ((1280, 720), (1440, 900), (1920, 1080), (1366, 768), (390, 844), (1536, 864))

# key|en|de|fr|es|ja|pt|it|nl|pl|ko|zh|sv
_TABLE = """
search|Search|Suche|Rechercher|Buscar|検索|Pesquisar|Cerca|Zoeken|Szukaj|검색|搜索|Sök
search_site|Search the site|Website durchsuchen|Rechercher sur le site|Buscar en el sitio|サイト内検索|Pesquisar no site|Cerca nel sito|Zoek op de site|Szukaj w serwisie|사이트 검색|站内搜索|Sök på webbplatsen
search_products|Search products|Produkte suchen|Rechercher un produit|Buscar productos|商品を検索|Buscar produtos|Cerca prodotti|Zoek producten|Szukaj produktów|상품 검색|搜索商品|Sök produkter
search_docs|Search docs|Dokumentation durchsuchen|Rechercher dans la doc|Buscar en la documentación|ドキュメントを検索|Pesquisar na documentação|Cerca nella documentazione|Zoek in documentatie|Szukaj w dokumentacji|문서 검색|搜索文档|Sök i dokumentationen
menu|Menu|Menü|Menu|Menú|メニュー|Menu|Menu|Menu|Menu|메뉴|菜单|Meny
open_menu|Open menu|Menü öffnen|Ouvrir le menu|Abrir menú|メニューを開く|Abrir menu|Apri menu|Menu openen|Otwórz menu|메뉴 열기|打开菜单|Öppna menyn
close|Close|Schließen|Fermer|Cerrar|閉じる|Fechar|Chiudi|Sluiten|Zamknij|닫기|关闭|Stäng
home|Home|Startseite|Accueil|Inicio|ホーム|Início|Home|Home|Strona główna|홈|首页|Hem
back_to_top|Back to top|Nach oben|Retour en haut|Volver arriba|ページの先頭へ|Voltar ao topo|Torna su|Terug naar boven|Powrót na górę|맨 위로|返回顶部|Till toppen
scroll_top|Scroll back to top|Zurück nach oben scrollen|Retour au début de la page|Volver al principio|トップへ戻る|Voltar para o topo|Torna all'inizio|Terug naar het begin|Przewiń na górę|위로 스크롤|回到顶部|Rulla tillbaka till toppen
a11y_menu|Accessibility Menu|Menü Barrierefreiheit|Menu d'accessibilité|Menú de accesibilidad|アクセシビリティメニュー|Menu de acessibilidade|Menu accessibilità|Toegankelijkheidsmenu|Menu dostępności|접근성 메뉴|无障碍菜单|Tillgänglighetsmeny
a11y_open|Open accessibility menu|Menü für Barrierefreiheit öffnen|Ouvrir le menu d'accessibilité|Abrir el menú de accesibilidad|アクセシビリティメニューを開く|Abrir menu de acessibilidade|Apri il menu di accessibilità|Toegankelijkheidsmenu openen|Otwórz menu dostępności|접근성 메뉴 열기|打开无障碍菜单|Öppna tillgänglighetsmenyn
accept_all|Accept All Cookies|Alle akzeptieren|Tout accepter|Aceptar todas|すべてのCookieを受け入れる|Aceitar todos|Accetta tutti|Alles accepteren|Akceptuj wszystkie|모두 허용|全部接受|Acceptera alla
reject_all|Reject All|Alle ablehnen|Tout refuser|Rechazar todas|すべて拒否|Rejeitar todos|Rifiuta tutti|Alles weigeren|Odrzuć wszystkie|모두 거부|全部拒绝|Avvisa alla
cookie_settings|Cookie Settings|Cookie-Einstellungen|Paramètres des cookies|Configuración de cookies|Cookie設定|Configurações de cookies|Impostazioni cookie|Cookie-instellingen|Ustawienia plików cookie|쿠키 설정|Cookie 设置|Cookie-inställningar
privacy_title|We value your privacy|Wir respektieren Ihre Privatsphäre|Nous respectons votre vie privée|Valoramos tu privacidad|お客様のプライバシーを尊重します|Valorizamos sua privacidade|Rispettiamo la tua privacy|Wij respecteren uw privacy|Szanujemy Twoją prywatność|개인정보를 소중히 여깁니다|我们重视您的隐私|Vi värnar om din integritet
cookie_text|We and our partners use cookies to store and access information on your device, to measure audience and to show you relevant content. You can change your choice at any time in the cookie settings.|Wir und unsere Partner verwenden Cookies, um Informationen auf Ihrem Gerät zu speichern und abzurufen, die Reichweite zu messen und Ihnen relevante Inhalte anzuzeigen. Sie können Ihre Auswahl jederzeit in den Cookie-Einstellungen ändern.|Nous et nos partenaires utilisons des cookies pour stocker et consulter des informations sur votre appareil, mesurer l'audience et vous proposer des contenus pertinents. Vous pouvez modifier votre choix à tout moment dans les paramètres des cookies.|Nosotros y nuestros socios utilizamos cookies para almacenar y acceder a información en tu dispositivo, medir la audiencia y mostrarte contenido relevante. Puedes cambiar tu elección en cualquier momento en la configuración de cookies.|当サイトおよびパートナーは、お使いの端末に情報を保存・参照し、閲覧状況を測定して関連性の高いコンテンツを表示するためにCookieを使用します。選択内容はCookie設定からいつでも変更できます。|Nós e nossos parceiros usamos cookies para armazenar e acessar informações no seu dispositivo, medir a audiência e mostrar conteúdos relevantes. Você pode alterar sua escolha a qualquer momento nas configurações de cookies.|Noi e i nostri partner utilizziamo i cookie per archiviare e consultare informazioni sul tuo dispositivo, misurare il pubblico e mostrarti contenuti pertinenti. Puoi modificare la tua scelta in qualsiasi momento nelle impostazioni dei cookie.|Wij en onze partners gebruiken cookies om informatie op uw apparaat op te slaan en te raadplegen, het bereik te meten en u relevante inhoud te tonen. U kunt uw keuze op elk moment wijzigen in de cookie-instellingen.|My i nasi partnerzy używamy plików cookie do przechowywania informacji na Twoim urządzeniu i uzyskiwania do nich dostępu, pomiaru oglądalności i wyświetlania odpowiednich treści. Swój wybór możesz zmienić w każdej chwili w ustawieniach plików cookie.|당사와 파트너는 기기에 정보를 저장하고 접근하며, 방문자 수를 측정하고 관련 콘텐츠를 보여 드리기 위해 쿠키를 사용합니다. 쿠키 설정에서 언제든지 선택을 변경할 수 있습니다.|我们和合作伙伴使用 Cookie 在您的设备上存储和访问信息、衡量访问量并向您展示相关内容。您可以随时在 Cookie 设置中更改您的选择。|Vi och våra partner använder cookies för att lagra och komma åt information på din enhet, mäta antalet besökare och visa relevant innehåll. Du kan ändra ditt val när som helst i cookie-inställningarna.
cookie_short|This website uses cookies to make sure you get the best experience.|Diese Website verwendet Cookies, damit Sie die bestmögliche Nutzererfahrung erhalten.|Ce site utilise des cookies pour vous garantir la meilleure expérience.|Este sitio web utiliza cookies para garantizarte la mejor experiencia.|当サイトでは快適にご利用いただくためにCookieを使用しています。|Este site usa cookies para garantir a melhor experiência.|Questo sito utilizza i cookie per offrirti la migliore esperienza.|Deze website gebruikt cookies om je de beste ervaring te bieden.|Ta strona używa plików cookie, aby zapewnić najlepsze wrażenia.|이 웹사이트는 최상의 경험을 제공하기 위해 쿠키를 사용합니다.|本网站使用 Cookie 以确保您获得最佳体验。|Den här webbplatsen använder cookies för att ge dig den bästa upplevelsen.
more_options|More options|Weitere Optionen|Plus d'options|Más opciones|その他のオプション|Mais opções|Altre opzioni|Meer opties|Więcej opcji|추가 옵션|更多选项|Fler alternativ
agree|Agree|Zustimmen|J'accepte|Aceptar|同意する|Concordo|Accetto|Akkoord|Zgadzam się|동의|同意|Godkänn
agree_close|Agree and close|Zustimmen und schließen|Accepter & Fermer|Aceptar y cerrar|同意して閉じる|Concordar e fechar|Accetta e chiudi|Akkoord en sluiten|Zaakceptuj i zamknij|동의하고 닫기|同意并关闭|Godkänn och stäng
learn_more|Learn more|Mehr erfahren|En savoir plus|Más información|詳細を見る|Saiba mais|Scopri di più|Meer informatie|Dowiedz się więcej|자세히 알아보기|了解更多|Läs mer
continue_without|Continue without accepting|Weiter ohne Einwilligung|Continuer sans accepter|Continuar sin aceptar|同意せずに続行|Continuar sem aceitar|Continua senza accettare|Doorgaan zonder te accepteren|Kontynuuj bez akceptacji|동의하지 않고 계속|不接受并继续|Fortsätt utan att godkänna
necessary_only|Necessary cookies only|Nur notwendige Cookies|Cookies nécessaires uniquement|Solo cookies necesarias|必須Cookieのみ|Somente cookies necessários|Solo cookie necessari|Alleen noodzakelijke cookies|Tylko niezbędne pliki cookie|필수 쿠키만|仅必要 Cookie|Endast nödvändiga cookies
allow_selection|Allow selection|Auswahl erlauben|Autoriser la sélection|Permitir selección|選択を許可|Permitir seleção|Consenti selezione|Selectie toestaan|Zezwól na wybór|선택 허용|允许所选项|Tillåt urval
necessary|Necessary|Notwendig|Nécessaires|Necesarias|必須|Necessários|Necessari|Noodzakelijk|Niezbędne|필수|必要|Nödvändiga
preferences|Preferences|Präferenzen|Préférences|Preferencias|設定|Preferências|Preferenze|Voorkeuren|Preferencje|기본 설정|偏好|Inställningar
statistics|Statistics|Statistiken|Statistiques|Estadísticas|統計|Estatísticas|Statistiche|Statistieken|Statystyka|통계|统计|Statistik
marketing|Marketing|Marketing|Marketing|Marketing|マーケティング|Marketing|Marketing|Marketing|Marketing|마케팅|营销|Marknadsföring
privacy_policy|Privacy Policy|Datenschutzerklärung|Politique de confidentialité|Política de privacidad|プライバシーポリシー|Política de privacidade|Informativa sulla privacy|Privacybeleid|Polityka prywatności|개인정보처리방침|隐私政策|Integritetspolicy
cookie_policy|Cookie Policy|Cookie-Richtlinie|Politique relative aux cookies|Política de cookies|Cookieポリシー|Política de cookies|Cookie policy|Cookiebeleid|Polityka cookies|쿠키 정책|Cookie 政策|Cookiepolicy
subscribe|Subscribe|Abonnieren|S'abonner|Suscribirse|登録する|Inscrever-se|Iscriviti|Aanmelden|Zapisz się|구독하기|订阅|Prenumerera
email|Email address|E-Mail-Adresse|Adresse e-mail|Correo electrónico|メールアドレス|Endereço de e-mail|Indirizzo email|E-mailadres|Adres e-mail|이메일 주소|电子邮件地址|E-postadress
newsletter_title|Join our newsletter|Newsletter abonnieren|Inscrivez-vous à notre newsletter|Suscríbete a nuestro boletín|ニュースレターに登録|Assine nossa newsletter|Iscriviti alla newsletter|Schrijf je in voor onze nieuwsbrief|Zapisz się do newslettera|뉴스레터 구독|订阅我们的新闻通讯|Prenumerera på vårt nyhetsbrev
newsletter_text|Get 10% off your first order and be the first to hear about new arrivals and events.|Erhalte 10 % Rabatt auf deine erste Bestellung und erfahre als Erstes von Neuheiten und Aktionen.|Recevez 10 % de réduction sur votre première commande et soyez informé en avant-première des nouveautés.|Obtén un 10 % de descuento en tu primer pedido y entérate antes que nadie de las novedades.|初回注文が10%オフ。新商品やイベント情報をいち早くお届けします。|Ganhe 10% de desconto na primeira compra e saiba antes de todos sobre as novidades.|Ricevi il 10% di sconto sul primo ordine e scopri per primo le novità.|Krijg 10% korting op je eerste bestelling en hoor als eerste over nieuwe collecties.|Odbierz 10% rabatu na pierwsze zamówienie i jako pierwszy dowiaduj się o nowościach.|첫 주문 10% 할인을 받고 신상품 소식을 가장 먼저 받아보세요.|首单立享九折，并第一时间获取新品和活动信息。|Få 10 % rabatt på din första beställning och bli först med att höra om nyheter.
newsletter_weekly|One email a week with our best stories. No spam, unsubscribe anytime.|Einmal pro Woche unsere besten Geschichten. Kein Spam, jederzeit abbestellbar.|Un e-mail par semaine avec nos meilleurs articles. Pas de spam, désinscription à tout moment.|Un correo a la semana con nuestras mejores historias. Sin spam, date de baja cuando quieras.|週に1回、厳選記事をお届けします。配信はいつでも停止できます。|Um e-mail por semana com nossas melhores histórias. Sem spam, cancele quando quiser.|Una email a settimana con le nostre storie migliori. Niente spam, disiscriviti quando vuoi.|Eén mail per week met onze beste verhalen. Geen spam, altijd opzegbaar.|Jeden e-mail tygodniowo z najlepszymi tekstami. Bez spamu, możesz zrezygnować w każdej chwili.|일주일에 한 번, 엄선한 기사를 보내 드립니다. 언제든지 수신 거부할 수 있습니다.|每周一封精选文章邮件，无垃圾邮件，可随时退订。|Ett mejl i veckan med våra bästa artiklar. Ingen spam, avsluta när du vill.
no_thanks|No, thanks|Nein, danke|Non merci|No, gracias|結構です|Não, obrigado|No, grazie|Nee, bedankt|Nie, dziękuję|괜찮습니다|不用了，谢谢|Nej tack
feedback|Feedback|Feedback|Avis|Comentarios|フィードバック|Feedback|Feedback|Feedback|Opinia|피드백|反馈|Feedback
give_feedback|Give feedback|Feedback geben|Donner votre avis|Enviar comentarios|フィードバックを送る|Enviar feedback|Lascia un feedback|Feedback geven|Przekaż opinię|피드백 보내기|提供反馈|Ge feedback
sign_in|Sign in|Anmelden|Se connecter|Iniciar sesión|ログイン|Entrar|Accedi|Inloggen|Zaloguj się|로그인|登录|Logga in
sign_up|Sign up|Registrieren|S'inscrire|Registrarse|新規登録|Cadastre-se|Registrati|Registreren|Zarejestruj się|회원가입|注册|Registrera dig
password|Password|Passwort|Mot de passe|Contraseña|パスワード|Senha|Password|Wachtwoord|Hasło|비밀번호|密码|Lösenord
forgot_password|Forgot your password?|Passwort vergessen?|Mot de passe oublié ?|¿Olvidaste tu contraseña?|パスワードをお忘れですか？|Esqueceu sua senha?|Password dimenticata?|Wachtwoord vergeten?|Nie pamiętasz hasła?|비밀번호를 잊으셨나요?|忘记密码？|Glömt lösenordet?
remember_me|Remember me|Angemeldet bleiben|Se souvenir de moi|Recordarme|ログイン状態を保持|Lembrar de mim|Ricordami|Onthoud mij|Zapamiętaj mnie|로그인 상태 유지|记住我|Kom ihåg mig
create_account|Create account|Konto erstellen|Créer un compte|Crear cuenta|アカウントを作成|Criar conta|Crea account|Account aanmaken|Utwórz konto|계정 만들기|创建账户|Skapa konto
full_name|Full name|Vollständiger Name|Nom complet|Nombre completo|氏名|Nome completo|Nome e cognome|Volledige naam|Imię i nazwisko|이름|姓名|Fullständigt namn
phone|Phone number|Telefonnummer|Numéro de téléphone|Teléfono|電話番号|Telefone|Numero di telefono|Telefoonnummer|Numer telefonu|전화번호|电话号码|Telefonnummer
message|Message|Nachricht|Message|Mensaje|お問い合わせ内容|Mensagem|Messaggio|Bericht|Wiadomość|문의 내용|留言|Meddelande
send|Send|Senden|Envoyer|Enviar|送信|Enviar|Invia|Versturen|Wyślij|보내기|发送|Skicka
subject|Subject|Betreff|Objet|Asunto|件名|Assunto|Oggetto|Onderwerp|Temat|제목|主题|Ämne
add_to_cart|Add to cart|In den Warenkorb|Ajouter au panier|Añadir al carrito|カートに入れる|Adicionar ao carrinho|Aggiungi al carrello|In winkelwagen|Dodaj do koszyka|장바구니 담기|加入购物车|Lägg i varukorgen
buy_now|Buy now|Jetzt kaufen|Acheter maintenant|Comprar ahora|今すぐ購入|Comprar agora|Acquista ora|Nu kopen|Kup teraz|바로 구매|立即购买|Köp nu
cart|Cart|Warenkorb|Panier|Carrito|カート|Carrinho|Carrello|Winkelwagen|Koszyk|장바구니|购物车|Varukorg
your_cart|Your cart|Dein Warenkorb|Votre panier|Tu carrito|ショッピングカート|Seu carrinho|Il tuo carrello|Je winkelwagen|Twój koszyk|내 장바구니|您的购物车|Din varukorg
checkout|Check out|Zur Kasse|Paiement|Finalizar compra|レジに進む|Finalizar compra|Procedi all'acquisto|Afrekenen|Przejdź do kasy|결제하기|去结算|Till kassan
subtotal|Subtotal|Zwischensumme|Sous-total|Subtotal|小計|Subtotal|Subtotale|Subtotaal|Suma częściowa|소계|小计|Delsumma
continue_shopping|Continue shopping|Weiter einkaufen|Continuer mes achats|Seguir comprando|買い物を続ける|Continuar comprando|Continua lo shopping|Verder winkelen|Kontynuuj zakupy|쇼핑 계속하기|继续购物|Fortsätt handla
cart_empty|Your cart is empty|Dein Warenkorb ist leer|Votre panier est vide|Tu carrito está vacío|カートに商品がありません|Seu carrinho está vazio|Il tuo carrello è vuoto|Je winkelwagen is leeg|Twój koszyk jest pusty|장바구니가 비어 있습니다|您的购物车是空的|Din varukorg är tom
remove|Remove|Entfernen|Supprimer|Eliminar|削除|Remover|Rimuovi|Verwijderen|Usuń|삭제|删除|Ta bort
quantity|Quantity|Menge|Quantité|Cantidad|数量|Quantidade|Quantità|Aantal|Ilość|수량|数量|Antal
wishlist|Add to wishlist|Zur Wunschliste hinzufügen|Ajouter à la liste d'envies|Añadir a la lista de deseos|お気に入りに追加|Adicionar à lista de desejos|Aggiungi alla lista dei desideri|Toevoegen aan verlanglijst|Dodaj do listy życzeń|위시리스트에 추가|加入心愿单|Lägg till i önskelistan
in_stock|In stock|Auf Lager|En stock|En stock|在庫あり|Em estoque|Disponibile|Op voorraad|Dostępny|재고 있음|有货|I lager
sold_out|Sold out|Ausverkauft|Épuisé|Agotado|売り切れ|Esgotado|Esaurito|Uitverkocht|Wyprzedane|품절|已售罄|Slutsåld
free_shipping|Free shipping on orders over 50|Kostenloser Versand ab 50|Livraison gratuite dès 50|Envío gratis a partir de 50|50以上のご注文で送料無料|Frete grátis acima de 50|Spedizione gratuita sopra i 50|Gratis verzending vanaf 50|Darmowa dostawa od 50|50 이상 주문 시 무료 배송|满 50 包邮|Fri frakt över 50
previous|Previous|Zurück|Précédent|Anterior|前へ|Anterior|Precedente|Vorige|Poprzednia|이전|上一页|Föregående
next|Next|Weiter|Suivant|Siguiente|次へ|Próximo|Successivo|Volgende|Następna|다음|下一页|Nästa
page|Page|Seite|Page|Página|ページ|Página|Pagina|Pagina|Strona|페이지|页|Sida
pagination|Pagination|Seitennavigation|Pagination|Paginación|ページ送り|Paginação|Paginazione|Paginering|Paginacja|페이지 탐색|分页|Sidnumrering
breadcrumb|Breadcrumb|Brotkrümelnavigation|Fil d'Ariane|Ruta de navegación|パンくずリスト|Trilha de navegação|Percorso di navigazione|Kruimelpad|Ścieżka nawigacji|이동 경로|面包屑导航|Brödsmulor
main_nav|Main navigation|Hauptnavigation|Navigation principale|Navegación principal|メインナビゲーション|Navegação principal|Navigazione principale|Hoofdnavigatie|Nawigacja główna|주 메뉴|主导航|Huvudnavigering
share|Share|Teilen|Partager|Compartir|共有|Compartilhar|Condividi|Delen|Udostępnij|공유|分享|Dela
copy_link|Copy link|Link kopieren|Copier le lien|Copiar enlace|リンクをコピー|Copiar link|Copia link|Link kopiëren|Kopiuj link|링크 복사|复制链接|Kopiera länk
share_on|Share on {}|Auf {} teilen|Partager sur {}|Compartir en {}|{}で共有|Compartilhar no {}|Condividi su {}|Delen op {}|Udostępnij na {}|{}에 공유|分享到{}|Dela på {}
language|Language|Sprache|Langue|Idioma|言語|Idioma|Lingua|Taal|Język|언어|语言|Språk
dark_mode|Switch to dark mode|Dunkelmodus aktivieren|Passer en mode sombre|Cambiar a modo oscuro|ダークモードに切り替え|Mudar para o modo escuro|Passa alla modalità scura|Donkere modus inschakelen|Przełącz na tryb ciemny|다크 모드로 전환|切换到深色模式|Byt till mörkt läge
light_mode|Switch to light mode|Hellmodus aktivieren|Passer en mode clair|Cambiar a modo claro|ライトモードに切り替え|Mudar para o modo claro|Passa alla modalità chiara|Lichte modus inschakelen|Przełącz na tryb jasny|라이트 모드로 전환|切换到浅色模式|Byt till ljust läge
notifications|Notifications|Benachrichtigungen|Notifications|Notificaciones|通知|Notificações|Notifiche|Meldingen|Powiadomienia|알림|通知|Aviseringar
reviews|Reviews|Bewertungen|Avis|Reseñas|レビュー|Avaliações|Recensioni|Reviews|Opinie|리뷰|评价|Recensioner
write_review|Write a review|Bewertung schreiben|Écrire un avis|Escribir una reseña|レビューを書く|Escrever avaliação|Scrivi una recensione|Schrijf een review|Napisz opinię|리뷰 작성|写评价|Skriv en recension
verified_buyer|Verified buyer|Verifizierter Kauf|Acheteur vérifié|Compra verificada|購入者レビュー|Compra verificada|Acquirente verificato|Geverifieerde koper|Zweryfikowany kupujący|구매 인증|已验证购买|Verifierad köpare
helpful|Was this helpful?|War das hilfreich?|Cet avis vous a-t-il été utile ?|¿Te ha resultado útil?|参考になりましたか？|Isso foi útil?|Ti è stato utile?|Was dit nuttig?|Czy to było pomocne?|도움이 되었나요?|有帮助吗？|Var detta till hjälp?
comments|Comments|Kommentare|Commentaires|Comentarios|コメント|Comentários|Commenti|Reacties|Komentarze|댓글|评论|Kommentarer
reply|Reply|Antworten|Répondre|Responder|返信|Responder|Rispondi|Reageren|Odpowiedz|답글|回复|Svara
post_comment|Post comment|Kommentar abschicken|Publier le commentaire|Publicar comentario|コメントを投稿|Publicar comentário|Pubblica commento|Reactie plaatsen|Opublikuj komentarz|댓글 등록|发表评论|Publicera kommentar
join_discussion|Join the discussion…|Diskutiere mit …|Participer à la discussion…|Únete a la conversación…|ディスカッションに参加…|Participe da discussão…|Partecipa alla discussione…|Doe mee aan de discussie…|Dołącz do dyskusji…|토론에 참여하세요…|加入讨论…|Delta i diskussionen…
play_video|Play video|Video abspielen|Lire la vidéo|Reproducir vídeo|動画を再生|Reproduzir vídeo|Riproduci video|Video afspelen|Odtwórz wideo|동영상 재생|播放视频|Spela upp video
play|Play|Wiedergabe|Lecture|Reproducir|再生|Reproduzir|Riproduci|Afspelen|Odtwórz|재생|播放|Spela
pause|Pause|Pause|Pause|Pausa|一時停止|Pausar|Pausa|Pauzeren|Wstrzymaj|일시정지|暂停|Pausa
mute|Mute|Stummschalten|Couper le son|Silenciar|ミュート|Silenciar|Disattiva audio|Dempen|Wycisz|음소거|静音|Ljud av
fullscreen|Full screen|Vollbild|Plein écran|Pantalla completa|全画面|Tela cheia|Schermo intero|Volledig scherm|Pełny ekran|전체 화면|全屏|Helskärm
zoom_in|Zoom in|Vergrößern|Zoom avant|Acercar|拡大|Aumentar zoom|Ingrandisci|Inzoomen|Powiększ|확대|放大|Zooma in
zoom_out|Zoom out|Verkleinern|Zoom arrière|Alejar|縮小|Diminuir zoom|Riduci|Uitzoomen|Pomniejsz|축소|缩小|Zooma ut
directions|Get directions|Route berechnen|Itinéraire|Cómo llegar|経路を表示|Como chegar|Indicazioni stradali|Routebeschrijving|Wyznacz trasę|길찾기|路线|Vägbeskrivning
get_app|Get the app|App holen|Télécharger l'application|Descarga la app|アプリを入手|Baixe o app|Scarica l'app|Download de app|Pobierz aplikację|앱 받기|下载应用|Hämta appen
open_app|Open in app|In der App öffnen|Ouvrir dans l'application|Abrir en la app|アプリで開く|Abrir no app|Apri nell'app|Openen in app|Otwórz w aplikacji|앱에서 열기|在应用中打开|Öppna i appen
view|View|Ansehen|Voir|Ver|表示|Ver|Visualizza|Bekijken|Zobacz|보기|查看|Visa
install|Install|Installieren|Installer|Instalar|インストール|Instalar|Installa|Installeren|Zainstaluj|설치|安装|Installera
saved|Your changes have been saved.|Deine Änderungen wurden gespeichert.|Vos modifications ont été enregistrées.|Tus cambios se han guardado.|変更を保存しました。|Suas alterações foram salvas.|Le modifiche sono state salvate.|Je wijzigingen zijn opgeslagen.|Zmiany zostały zapisane.|변경사항이 저장되었습니다.|您的更改已保存。|Dina ändringar har sparats.
added_to_cart|Added to your cart|Zum Warenkorb hinzugefügt|Ajouté à votre panier|Añadido a tu carrito|カートに追加しました|Adicionado ao carrinho|Aggiunto al carrello|Toegevoegd aan je winkelwagen|Dodano do koszyka|장바구니에 추가되었습니다|已加入购物车|Tillagd i varukorgen
copied|Link copied to clipboard|Link in die Zwischenablage kopiert|Lien copié dans le presse-papiers|Enlace copiado al portapapeles|リンクをコピーしました|Link copiado para a área de transferência|Link copiato negli appunti|Link gekopieerd naar klembord|Link skopiowany do schowka|링크가 복사되었습니다|链接已复制到剪贴板|Länken har kopierats
msg_sent|Message sent. We'll get back to you within two working days.|Nachricht gesendet. Wir melden uns innerhalb von zwei Werktagen.|Message envoyé. Nous vous répondrons sous deux jours ouvrés.|Mensaje enviado. Te responderemos en un plazo de dos días hábiles.|送信しました。2営業日以内にご連絡します。|Mensagem enviada. Responderemos em até dois dias úteis.|Messaggio inviato. Ti risponderemo entro due giorni lavorativi.|Bericht verzonden. We reageren binnen twee werkdagen.|Wiadomość wysłana. Odpowiemy w ciągu dwóch dni roboczych.|메시지가 전송되었습니다. 영업일 기준 2일 이내에 답변드리겠습니다.|消息已发送，我们将在两个工作日内回复您。|Meddelandet har skickats. Vi återkommer inom två arbetsdagar.
item_removed|Item removed from your list|Artikel von deiner Liste entfernt|Article retiré de votre liste|Artículo eliminado de tu lista|リストから削除しました|Item removido da sua lista|Articolo rimosso dalla lista|Artikel verwijderd uit je lijst|Produkt usunięty z listy|목록에서 삭제되었습니다|已从列表中移除|Artikeln har tagits bort från listan
offline|You are offline. Some pages may not load.|Du bist offline. Einige Seiten werden eventuell nicht geladen.|Vous êtes hors ligne. Certaines pages peuvent ne pas se charger.|Estás sin conexión. Es posible que algunas páginas no carguen.|オフラインです。一部のページが表示されない場合があります。|Você está offline. Algumas páginas podem não carregar.|Sei offline. Alcune pagine potrebbero non caricarsi.|Je bent offline. Sommige pagina's laden mogelijk niet.|Jesteś offline. Niektóre strony mogą się nie wczytać.|오프라인 상태입니다. 일부 페이지가 로드되지 않을 수 있습니다.|您已离线，部分页面可能无法加载。|Du är offline. Vissa sidor kanske inte laddas.
undo|Undo|Rückgängig|Annuler|Deshacer|元に戻す|Desfazer|Annulla|Ongedaan maken|Cofnij|실행 취소|撤销|Ångra
dismiss|Dismiss|Ausblenden|Ignorer|Descartar|閉じる|Dispensar|Ignora|Negeren|Odrzuć|닫기|忽略|Avfärda
per_month|/month|/Monat|/mois|/mes|/月|/mês|/mese|/maand|/mies.|/월|/月|/mån
most_popular|Most popular|Am beliebtesten|Le plus populaire|Más popular|一番人気|Mais popular|Più scelto|Meest gekozen|Najpopularniejszy|가장 인기|最受欢迎|Populärast
choose_plan|Choose plan|Tarif wählen|Choisir cette offre|Elegir plan|このプランを選択|Escolher plano|Scegli il piano|Kies abonnement|Wybierz plan|요금제 선택|选择套餐|Välj plan
contact_sales|Contact sales|Vertrieb kontaktieren|Contacter l'équipe commerciale|Contactar con ventas|営業に問い合わせる|Fale com vendas|Contatta le vendite|Neem contact op met sales|Skontaktuj się z działem sprzedaży|영업팀 문의|联系销售|Kontakta sälj
about|About us|Über uns|À propos|Sobre nosotros|会社概要|Sobre nós|Chi siamo|Over ons|O nas|회사 소개|关于我们|Om oss
contact|Contact|Kontakt|Contact|Contacto|お問い合わせ|Contato|Contatti|Contact|Kontakt|문의하기|联系我们|Kontakt
careers|Careers|Karriere|Carrières|Empleo|採用情報|Carreiras|Lavora con noi|Vacatures|Kariera|채용|招聘|Karriär
terms|Terms of use|Nutzungsbedingungen|Conditions d'utilisation|Condiciones de uso|利用規約|Termos de uso|Termini di utilizzo|Gebruiksvoorwaarden|Regulamin|이용약관|使用条款|Användarvillkor
imprint|Legal notice|Impressum|Mentions légales|Aviso legal|特定商取引法に基づく表記|Aviso legal|Note legali|Colofon|Nota prawna|법적 고지|法律声明|Juridisk information
help|Help center|Hilfe-Center|Centre d'aide|Centro de ayuda|ヘルプセンター|Central de ajuda|Centro assistenza|Helpcentrum|Centrum pomocy|고객센터|帮助中心|Hjälpcenter
shipping|Shipping|Versand|Livraison|Envíos|配送について|Entrega|Spedizioni|Verzending|Dostawa|배송 안내|配送|Frakt
returns|Returns|Rücksendungen|Retours|Devoluciones|返品・交換|Trocas e devoluções|Resi|Retourneren|Zwroty|반품|退货|Returer
all_rights|All rights reserved.|Alle Rechte vorbehalten.|Tous droits réservés.|Todos los derechos reservados.|無断転載を禁じます。|Todos os direitos reservados.|Tutti i diritti riservati.|Alle rechten voorbehouden.|Wszelkie prawa zastrzeżone.|모든 권리 보유.|保留所有权利。|Alla rättigheter förbehållna.
skip|Skip to main content|Zum Hauptinhalt springen|Aller au contenu principal|Saltar al contenido principal|メインコンテンツへスキップ|Pular para o conteúdo principal|Vai al contenuto principale|Naar hoofdinhoud|Przejdź do treści|본문 바로가기|跳到主要内容|Hoppa till huvudinnehållet
account|My account|Mein Konto|Mon compte|Mi cuenta|マイアカウント|Minha conta|Il mio account|Mijn account|Moje konto|내 계정|我的账户|Mitt konto
sort_by|Sort by|Sortieren nach|Trier par|Ordenar por|並び替え|Ordenar por|Ordina per|Sorteren op|Sortuj według|정렬|排序方式|Sortera efter
filter|Filter|Filtern|Filtrer|Filtrar|絞り込み|Filtrar|Filtra|Filteren|Filtruj|필터|筛选|Filtrera
price|Price|Preis|Prix|Precio|価格|Preço|Prezzo|Prijs|Cena|가격|价格|Pris
size|Size|Größe|Taille|Talla|サイズ|Tamanho|Taglia|Maat|Rozmiar|사이즈|尺码|Storlek
color|Colour|Farbe|Couleur|Color|カラー|Cor|Colore|Kleur|Kolor|색상|颜色|Färg
new_arrivals|New arrivals|Neuheiten|Nouveautés|Novedades|新着アイテム|Novidades|Novità|Nieuw binnen|Nowości|신상품|新品|Nyheter
sale|Sale|Sale|Soldes|Rebajas|セール|Promoções|Saldi|Sale|Wyprzedaż|세일|特卖|Rea
women|Women|Damen|Femme|Mujer|レディース|Feminino|Donna|Dames|Kobiety|여성|女士|Dam
men|Men|Herren|Homme|Hombre|メンズ|Masculino|Uomo|Heren|Mężczyźni|남성|男士|Herr
kids|Kids|Kinder|Enfant|Niños|キッズ|Infantil|Bambini|Kinderen|Dzieci|키즈|儿童|Barn
world|World|Welt|Monde|Internacional|国際|Mundo|Esteri|Buitenland|Świat|국제|国际|Utrikes
politics|Politics|Politik|Politique|Política|政治|Política|Politica|Politiek|Polityka|정치|政治|Politik
business|Business|Wirtschaft|Économie|Economía|経済|Economia|Economia|Economie|Biznes|경제|财经|Ekonomi
sport|Sport|Sport|Sport|Deportes|スポーツ|Esportes|Sport|Sport|Sport|스포츠|体育|Sport
culture|Culture|Kultur|Culture|Cultura|文化|Cultura|Cultura|Cultuur|Kultura|문화|文化|Kultur
opinion|Opinion|Meinung|Opinions|Opinión|オピニオン|Opinião|Opinioni|Opinie|Opinie|오피니언|观点|Debatt
weather|Weather|Wetter|Météo|El tiempo|天気|Tempo|Meteo|Weer|Pogoda|날씨|天气|Väder
docs|Docs|Dokumentation|Documentation|Documentación|ドキュメント|Documentação|Documentazione|Documentatie|Dokumentacja|문서|文档|Dokumentation
guides|Guides|Anleitungen|Guides|Guías|ガイド|Guias|Guide|Handleidingen|Poradniki|가이드|指南|Guider
api_ref|API reference|API-Referenz|Référence de l'API|Referencia de la API|APIリファレンス|Referência da API|Riferimento API|API-referentie|Dokumentacja API|API 레퍼런스|API 参考|API-referens
changelog|Changelog|Änderungsprotokoll|Journal des modifications|Registro de cambios|変更履歴|Registro de alterações|Registro modifiche|Wijzigingslog|Dziennik zmian|변경 내역|更新日志|Ändringslogg
pricing|Pricing|Preise|Tarifs|Precios|料金|Preços|Prezzi|Prijzen|Cennik|요금|价格|Priser
blog|Blog|Blog|Blog|Blog|ブログ|Blog|Blog|Blog|Blog|블로그|博客|Blogg
products|Products|Produkte|Produits|Productos|製品|Produtos|Prodotti|Producten|Produkty|제품|产品|Produkter
solutions|Solutions|Lösungen|Solutions|Soluciones|ソリューション|Soluções|Soluzioni|Oplossingen|Rozwiązania|솔루션|解决方案|Lösningar
resources|Resources|Ressourcen|Ressources|Recursos|リソース|Recursos|Risorse|Bronnen|Zasoby|리소스|资源|Resurser
print|Print|Drucken|Imprimer|Imprimir|印刷|Imprimir|Stampa|Afdrukken|Drukuj|인쇄|打印|Skriv ut
text_size|Text size|Schriftgröße|Taille du texte|Tamaño del texto|文字サイズ|Tamanho do texto|Dimensione testo|Tekstgrootte|Rozmiar tekstu|글자 크기|文字大小|Textstorlek
contrast|High contrast|Hoher Kontrast|Contraste élevé|Alto contraste|ハイコントラスト|Alto contraste|Contrasto elevato|Hoog contrast|Wysoki kontrast|고대비|高对比度|Hög kontrast
show_more|Show more|Mehr anzeigen|Afficher plus|Mostrar más|もっと見る|Mostrar mais|Mostra altro|Meer tonen|Pokaż więcej|더 보기|显示更多|Visa mer
see_all|See all|Alle ansehen|Tout voir|Ver todo|すべて見る|Ver tudo|Vedi tutti|Alles bekijken|Zobacz wszystkie|전체 보기|查看全部|Se alla
slide_prev|Previous slide|Vorherige Folie|Diapositive précédente|Diapositiva anterior|前のスライド|Slide anterior|Slide precedente|Vorige dia|Poprzedni slajd|이전 슬라이드|上一张|Föregående bild
slide_next|Next slide|Nächste Folie|Diapositive suivante|Diapositiva siguiente|次のスライド|Próximo slide|Slide successiva|Volgende dia|Następny slajd|다음 슬라이드|下一张|Nästa bild
go_to_slide|Go to slide|Gehe zu Folie|Aller à la diapositive|Ir a la diapositiva|スライドへ移動|Ir para o slide|Vai alla slide|Ga naar dia|Przejdź do slajdu|슬라이드로 이동|转到幻灯片|Gå till bild
submit|Submit|Absenden|Valider|Enviar|送信する|Enviar|Invia|Verzenden|Prześlij|제출|提交|Skicka
cancel|Cancel|Abbrechen|Annuler|Cancelar|キャンセル|Cancelar|Annulla|Annuleren|Anuluj|취소|取消|Avbryt
save|Save|Speichern|Enregistrer|Guardar|保存|Salvar|Salva|Opslaan|Zapisz|저장|保存|Spara
confirm|Confirm|Bestätigen|Confirmer|Confirmar|確認|Confirmar|Conferma|Bevestigen|Potwierdź|확인|确认|Bekräfta
delete|Delete|Löschen|Supprimer|Eliminar|削除|Excluir|Elimina|Verwijderen|Usuń|삭제|删除|Radera
bold|Bold|Fett|Gras|Negrita|太字|Negrito|Grassetto|Vet|Pogrubienie|굵게|加粗|Fet
italic|Italic|Kursiv|Italique|Cursiva|斜体|Itálico|Corsivo|Cursief|Kursywa|기울임꼴|斜体|Kursiv
link|Insert link|Link einfügen|Insérer un lien|Insertar enlace|リンクを挿入|Inserir link|Inserisci link|Link invoegen|Wstaw link|링크 삽입|插入链接|Infoga länk
bullets|Bulleted list|Aufzählung|Liste à puces|Lista con viñetas|箇条書き|Lista com marcadores|Elenco puntato|Opsommingstekens|Lista punktowana|글머리 기호|项目符号列表|Punktlista
attach|Attach file|Datei anhängen|Joindre un fichier|Adjuntar archivo|ファイルを添付|Anexar arquivo|Allega file|Bestand bijvoegen|Załącz plik|파일 첨부|附加文件|Bifoga fil
emoji|Insert emoji|Emoji einfügen|Insérer un emoji|Insertar emoji|絵文字を挿入|Inserir emoji|Inserisci emoji|Emoji invoegen|Wstaw emoji|이모지 삽입|插入表情|Infoga emoji
write_comment|Write a comment…|Schreibe einen Kommentar …|Écrivez un commentaire…|Escribe un comentario…|コメントを書く…|Escreva um comentário…|Scrivi un commento…|Schrijf een reactie…|Napisz komentarz…|댓글을 입력하세요…|写下你的评论…|Skriv en kommentar…
required|required|Pflichtfeld|obligatoire|obligatorio|必須|obrigatório|obbligatorio|verplicht|wymagane|필수|必填|obligatoriskt
or|or|oder|ou|o|または|ou|oppure|of|lub|또는|或|eller
continue_google|Continue with Google|Weiter mit Google|Continuer avec Google|Continuar con Google|Googleで続行|Continuar com o Google|Continua con Google|Doorgaan met Google|Kontynuuj z Google|Google로 계속하기|使用 Google 继续|Fortsätt med Google
pay|Pay|Bezahlen|Payer|Pagar|支払う|Pagar|Paga|Betalen|Zapłać|결제|支付|Betala
card_number|Card number|Kartennummer|Numéro de carte|Número de tarjeta|カード番号|Número do cartão|Numero della carta|Kaartnummer|Numer karty|카드 번호|卡号|Kortnummer
secure_card|Secure card payment input frame|Sicherer Eingaberahmen für Kartenzahlungen|Cadre de saisie sécurisé pour le paiement par carte|Marco de entrada seguro para el pago con tarjeta|安全なカード決済入力フレーム|Quadro seguro de entrada de pagamento com cartão|Frame di input sicuro per il pagamento con carta|Beveiligd invoerframe voor kaartbetalingen|Bezpieczna ramka do wprowadzania danych karty|보안 카드 결제 입력 프레임|安全的银行卡支付输入框|Säker inmatningsram för kortbetalning
notify_prompt|Get notified about breaking news?|Benachrichtigungen zu Eilmeldungen erhalten?|Recevoir les alertes de l'actualité ?|¿Quieres recibir avisos de última hora?|速報の通知を受け取りますか？|Receber notificações de últimas notícias?|Vuoi ricevere le notizie dell'ultima ora?|Meldingen ontvangen bij breaking news?|Chcesz otrzymywać powiadomienia o najważniejszych wiadomościach?|속보 알림을 받으시겠습니까?|接收突发新闻通知吗？|Vill du få notiser om senaste nytt?
allow|Allow|Zulassen|Autoriser|Permitir|許可|Permitir|Consenti|Toestaan|Zezwól|허용|允许|Tillåt
later|Not now|Später|Plus tard|Ahora no|後で|Agora não|Non ora|Niet nu|Nie teraz|나중에|以后再说|Inte nu
subscribe_notifs|Subscribe to notifications|Benachrichtigungen abonnieren|S'abonner aux notifications|Suscribirse a las notificaciones|通知を購読|Inscrever-se nas notificações|Iscriviti alle notifiche|Abonneren op meldingen|Subskrybuj powiadomienia|알림 구독|订阅通知|Prenumerera på aviseringar
edit_profile|Edit profile|Profil bearbeiten|Modifier le profil|Editar perfil|プロフィールを編集|Editar perfil|Modifica profilo|Profiel bewerken|Edytuj profil|프로필 편집|编辑个人资料|Redigera profil
discard_draft|Discard draft?|Entwurf verwerfen?|Supprimer le brouillon ?|¿Descartar borrador?|下書きを破棄しますか？|Descartar rascunho?|Eliminare la bozza?|Concept verwijderen?|Odrzucić wersję roboczą?|임시 저장본을 삭제할까요?|放弃草稿？|Förkasta utkastet?
discard_text|Your unsaved changes to this post will be lost.|Ungespeicherte Änderungen an diesem Beitrag gehen verloren.|Les modifications non enregistrées de cette publication seront perdues.|Se perderán los cambios no guardados de esta publicación.|この投稿の未保存の変更は失われます。|As alterações não salvas desta publicação serão perdidas.|Le modifiche non salvate a questo post andranno perse.|Niet-opgeslagen wijzigingen in dit bericht gaan verloren.|Niezapisane zmiany w tym wpisie zostaną utracone.|이 게시물의 저장되지 않은 변경 사항이 사라집니다.|此帖子中未保存的更改将会丢失。|Osparade ändringar i inlägget går förlorade.
discard|Discard|Verwerfen|Supprimer|Descartar|破棄|Descartar|Elimina|Verwijderen|Odrzuć|삭제|放弃|Förkasta
add|Add|Hinzufügen|Ajouter|Añadir|追加|Adicionar|Aggiungi|Toevoegen|Dodaj|추가|添加|Lägg till
new_item|New item|Neuer Eintrag|Nouvel élément|Nuevo elemento|新規作成|Novo item|Nuovo elemento|Nieuw item|Nowy element|새 항목|新建|Nytt objekt
continue|Continue|Weiter|Continuer|Continuar|続ける|Continuar|Continua|Doorgaan|Dalej|계속|继续|Fortsätt
session_title|Your session is about to expire|Ihre Sitzung läuft gleich ab|Votre session va bientôt expirer|Tu sesión está a punto de caducar|セッションの有効期限が近づいています|Sua sessão está prestes a expirar|La tua sessione sta per scadere|Je sessie verloopt bijna|Twoja sesja zaraz wygaśnie|세션이 곧 만료됩니다|您的会话即将过期|Din session håller på att gå ut
session_text|For your security you will be signed out in 2 minutes. Do you want to stay signed in?|Aus Sicherheitsgründen werden Sie in 2 Minuten abgemeldet. Möchten Sie angemeldet bleiben?|Pour votre sécurité, vous serez déconnecté dans 2 minutes. Voulez-vous rester connecté ?|Por tu seguridad, se cerrará la sesión en 2 minutos. ¿Quieres seguir conectado?|セキュリティのため、2分後にログアウトします。ログインを続けますか？|Por segurança, você será desconectado em 2 minutos. Deseja continuar conectado?|Per la tua sicurezza verrai disconnesso tra 2 minuti. Vuoi restare connesso?|Voor je veiligheid word je over 2 minuten uitgelogd. Wil je ingelogd blijven?|Ze względów bezpieczeństwa zostaniesz wylogowany za 2 minuty. Czy chcesz pozostać zalogowany?|보안을 위해 2분 후 로그아웃됩니다. 로그인 상태를 유지하시겠습니까?|为了您的安全，您将在 2 分钟后退出登录。要保持登录吗？|Av säkerhetsskäl loggas du ut om 2 minuter. Vill du förbli inloggad?
stay_signed_in|Stay signed in|Angemeldet bleiben|Rester connecté|Seguir conectado|ログインを続ける|Continuar conectado|Resta connesso|Ingelogd blijven|Pozostań zalogowany|로그인 유지|保持登录|Förbli inloggad
sign_out|Sign out|Abmelden|Se déconnecter|Cerrar sesión|ログアウト|Sair|Esci|Uitloggen|Wyloguj się|로그아웃|退出登录|Logga ut
region_title|You seem to be in another country|Sie scheinen sich in einem anderen Land zu befinden|Vous semblez être dans un autre pays|Parece que estás en otro país|別の国からアクセスしているようです|Parece que você está em outro país|Sembra che tu sia in un altro paese|Je lijkt in een ander land te zijn|Wygląda na to, że jesteś w innym kraju|다른 국가에서 접속하신 것 같습니다|您似乎位于其他国家/地区|Du verkar befinna dig i ett annat land
region_text|Choose your shipping country to see local prices and delivery options.|Wählen Sie Ihr Lieferland, um lokale Preise und Versandoptionen zu sehen.|Choisissez votre pays de livraison pour voir les prix et options de livraison locaux.|Elige tu país de envío para ver precios y opciones de entrega locales.|配送先の国を選択すると、現地の価格と配送方法が表示されます。|Escolha o país de entrega para ver preços e opções de envio locais.|Scegli il paese di spedizione per vedere prezzi e opzioni di consegna locali.|Kies je verzendland om lokale prijzen en leveropties te zien.|Wybierz kraj dostawy, aby zobaczyć lokalne ceny i opcje dostawy.|배송 국가를 선택하면 현지 가격과 배송 옵션을 볼 수 있습니다.|选择您的配送国家/地区以查看当地价格和配送选项。|Välj leveransland för att se lokala priser och leveransalternativ.
faq|Frequently asked questions|Häufig gestellte Fragen|Questions fréquentes|Preguntas frecuentes|よくある質問|Perguntas frequentes|Domande frequenti|Veelgestelde vragen|Najczęściej zadawane pytania|자주 묻는 질문|常见问题|Vanliga frågor
q_return|How long do I have to return an item?|Wie lange habe ich Zeit, einen Artikel zurückzusenden?|De combien de temps je dispose pour retourner un article ?|¿Cuánto tiempo tengo para devolver un artículo?|返品はいつまで可能ですか？|Quanto tempo tenho para devolver um produto?|Quanto tempo ho per restituire un articolo?|Hoe lang heb ik om een artikel te retourneren?|Ile mam czasu na zwrot produktu?|반품 가능 기간은 얼마나 되나요?|退货期限是多久？|Hur lång tid har jag på mig att returnera en vara?
a_return|You can return unworn items within 30 days of delivery. Return labels are included in every parcel.|Ungetragene Artikel können Sie innerhalb von 30 Tagen nach Lieferung zurücksenden. Ein Rücksendeetikett liegt jedem Paket bei.|Vous pouvez retourner les articles non portés dans les 30 jours suivant la livraison. Une étiquette de retour est jointe à chaque colis.|Puedes devolver los artículos sin usar en un plazo de 30 días desde la entrega. Cada paquete incluye una etiqueta de devolución.|未使用の商品はお届けから30日以内であれば返品できます。返品ラベルはすべての荷物に同封されています。|Você pode devolver produtos não usados em até 30 dias após a entrega. A etiqueta de devolução acompanha cada pacote.|Puoi restituire gli articoli non indossati entro 30 giorni dalla consegna. L'etichetta di reso è inclusa in ogni pacco.|Ongedragen artikelen kun je binnen 30 dagen na levering retourneren. Een retourlabel zit bij elk pakket.|Nienoszone produkty możesz zwrócić w ciągu 30 dni od dostawy. Etykieta zwrotna jest w każdej paczce.|착용하지 않은 상품은 배송 후 30일 이내에 반품할 수 있습니다. 모든 택배에 반품 라벨이 동봉됩니다.|未穿着的商品可在送达后 30 天内退货，每个包裹中均附有退货标签。|Oanvända varor kan returneras inom 30 dagar från leverans. Returetikett finns i varje paket.
q_track|Where is my order?|Wo ist meine Bestellung?|Où est ma commande ?|¿Dónde está mi pedido?|注文した商品はいつ届きますか？|Onde está meu pedido?|Dov'è il mio ordine?|Waar is mijn bestelling?|Gdzie jest moje zamówienie?|주문한 상품은 어디에 있나요?|我的订单在哪里？|Var är min beställning?
a_track|As soon as your parcel ships we send a tracking link by email. Most orders arrive within 3 to 5 working days.|Sobald Ihr Paket versendet wird, erhalten Sie per E-Mail einen Link zur Sendungsverfolgung. Die meisten Bestellungen kommen in 3 bis 5 Werktagen an.|Dès l'expédition de votre colis, nous vous envoyons un lien de suivi par e-mail. La plupart des commandes arrivent sous 3 à 5 jours ouvrés.|En cuanto se envíe tu paquete te mandaremos un enlace de seguimiento por correo. La mayoría de pedidos llegan en 3 a 5 días hábiles.|発送後、追跡用リンクをメールでお送りします。ほとんどのご注文は3〜5営業日でお届けします。|Assim que o pacote for enviado, mandamos um link de rastreamento por e-mail. A maioria dos pedidos chega em 3 a 5 dias úteis.|Appena il pacco viene spedito ti inviamo via email un link per tracciarlo. La maggior parte degli ordini arriva in 3-5 giorni lavorativi.|Zodra je pakket is verzonden, sturen we een track-and-tracelink per e-mail. De meeste bestellingen komen binnen 3 tot 5 werkdagen aan.|Gdy tylko paczka zostanie nadana, wyślemy link do śledzenia e-mailem. Większość zamówień dociera w ciągu 3–5 dni roboczych.|택배가 발송되면 배송 조회 링크를 이메일로 보내 드립니다. 대부분 3~5영업일 이내에 도착합니다.|包裹发出后，我们会通过电子邮件发送物流跟踪链接。大多数订单会在 3 至 5 个工作日内送达。|Så snart paketet skickas mejlar vi en spårningslänk. De flesta beställningar kommer fram inom 3–5 arbetsdagar.
tour_export|New: export your invoices as CSV from the Reports tab.|Neu: Exportieren Sie Ihre Rechnungen im Tab „Berichte“ als CSV.|Nouveau : exportez vos factures au format CSV depuis l'onglet Rapports.|Novedad: exporta tus facturas en CSV desde la pestaña Informes.|新機能：［レポート］タブから請求書をCSVで書き出せます。|Novo: exporte suas faturas em CSV na aba Relatórios.|Novità: esporta le fatture in CSV dalla scheda Report.|Nieuw: exporteer je facturen als CSV via het tabblad Rapporten.|Nowość: eksportuj faktury do CSV w zakładce Raporty.|새 기능: 보고서 탭에서 청구서를 CSV로 내보낼 수 있습니다.|新功能：可在“报表”标签页中将发票导出为 CSV。|Nytt: exportera dina fakturor som CSV från fliken Rapporter.
tour_dark|Dark mode is here. Switch themes any time from your profile menu.|Der Dunkelmodus ist da. Wechseln Sie das Design jederzeit über Ihr Profilmenü.|Le mode sombre est arrivé. Changez de thème à tout moment depuis votre profil.|Ya está aquí el modo oscuro. Cambia de tema cuando quieras desde tu perfil.|ダークモードが使えるようになりました。プロフィールメニューからいつでも切り替えられます。|O modo escuro chegou. Troque o tema quando quiser pelo menu do perfil.|È arrivata la modalità scura. Cambia tema quando vuoi dal menu del profilo.|Donkere modus is er. Wissel van thema via je profielmenu.|Tryb ciemny już jest. Zmień motyw w dowolnej chwili w menu profilu.|다크 모드가 출시되었습니다. 프로필 메뉴에서 언제든지 테마를 바꿀 수 있습니다.|深色模式上线啦，可随时在个人资料菜单中切换主题。|Mörkt läge är här. Byt tema när du vill via profilmenyn.
tour_shortcuts|Tip: press ? to see all keyboard shortcuts.|Tipp: Drücken Sie ?, um alle Tastenkürzel zu sehen.|Astuce : appuyez sur ? pour afficher tous les raccourcis clavier.|Consejo: pulsa ? para ver todos los atajos de teclado.|ヒント：? キーでキーボードショートカットの一覧を表示できます。|Dica: pressione ? para ver todos os atalhos de teclado.|Suggerimento: premi ? per vedere tutte le scorciatoie da tastiera.|Tip: druk op ? om alle sneltoetsen te zien.|Wskazówka: naciśnij ?, aby zobaczyć wszystkie skróty klawiszowe.|팁: ? 키를 누르면 모든 단축키를 볼 수 있습니다.|提示：按 ? 可查看所有键盘快捷键。|Tips: tryck på ? för att se alla kortkommandon.
got_it|Got it|Verstanden|Compris|Entendido|OK|Entendi|Ho capito|Begrepen|Rozumiem|확인|知道了|Uppfattat
step_of|Step {} of {}|Schritt {} von {}|Étape {} sur {}|Paso {} de {}|ステップ {}/{}|Etapa {} de {}|Passo {} di {}|Stap {} van {}|Krok {} z {}|{}/{} 단계|第 {} 步，共 {} 步|Steg {} av {}
store_hours|Our stores close at 4 pm on 24 and 31 December.|Unsere Filialen schließen am 24. und 31. Dezember um 16 Uhr.|Nos magasins ferment à 16 h les 24 et 31 décembre.|Nuestras tiendas cierran a las 16:00 los días 24 y 31 de diciembre.|12月24日と31日は16時に閉店いたします。|Nossas lojas fecham às 16h nos dias 24 e 31 de dezembro.|I nostri negozi chiudono alle 16 il 24 e il 31 dicembre.|Onze winkels sluiten op 24 en 31 december om 16.00 uur.|24 i 31 grudnia nasze sklepy są czynne do 16:00.|12월 24일과 31일에는 오후 4시에 영업을 종료합니다.|12 月 24 日和 31 日门店于下午 4 点关闭。|Våra butiker stänger kl. 16 den 24 och 31 december.
maintenance|Scheduled maintenance on Sunday from 02:00 to 04:00. Online banking may be unavailable.|Geplante Wartung am Sonntag von 02:00 bis 04:00 Uhr. Das Online-Banking ist dann eventuell nicht verfügbar.|Maintenance programmée dimanche de 2 h à 4 h. La banque en ligne pourra être indisponible.|Mantenimiento programado el domingo de 02:00 a 04:00. La banca en línea podría no estar disponible.|日曜日2:00〜4:00にメンテナンスを実施します。この間オンラインバンキングをご利用いただけない場合があります。|Manutenção programada no domingo das 02:00 às 04:00. O internet banking pode ficar indisponível.|Manutenzione programmata domenica dalle 02:00 alle 04:00. L'home banking potrebbe non essere disponibile.|Gepland onderhoud op zondag van 02.00 tot 04.00 uur. Internetbankieren is dan mogelijk niet beschikbaar.|Planowana przerwa techniczna w niedzielę od 02:00 do 04:00. Bankowość internetowa może być niedostępna.|일요일 02:00~04:00 정기 점검이 예정되어 있습니다. 이 시간에는 인터넷뱅킹을 이용할 수 없습니다.|周日 02:00 至 04:00 进行系统维护，期间网上银行可能无法使用。|Planerat underhåll söndag kl. 02.00–04.00. Internetbanken kan vara otillgänglig.
"""


def _parse_table(text):
    table = {}
    for line in text.strip().splitlines():
        parts = line.split("|")
        key, vals = parts[0], parts[1:]
        if len(vals) != len(LANGS):
            raise ValueError(f"string table row {key!r} has {len(vals)} values")
        table[key] = dict(zip(LANGS, vals))
    return table


_T = _parse_table(_TABLE)


def _t(key, lang, *args):
    """A UI string from the table in lang (formatted with args if given)."""
    s = _T[key][lang]
    return s.format(*args) if args else s


def _pick_lang(rng, langs=LANGS):
    """English a third of the time, otherwise any language of langs."""
    langs = tuple(langs)
    if "en" in langs and rng.random() < 0.3:
        return "en"
    return rng.choice(langs)


def _host(rng, lang):
    pool = tuple(SITES.get(lang, ())) + _EXTRA_HOSTS.get(lang, ())
    return rng.choice(pool)


def _url(rng, host, paths):
    path = rng.choice(paths)
    if "{n}" in path:
        path = path.replace("{n}", str(rng.randint(10, 99999)))
    return f"https://{host}{path}"


def _attrs(rng, pairs, keep_first=0):
    """Render (name, value) pairs as an attribute string in a shuffled order
    (the first keep_first stay in front). value None means a bare attribute."""
    pairs = [p for p in pairs if p is not None]
    head, tail = pairs[:keep_first], pairs[keep_first:]
    rng.shuffle(tail)
    out = []
    for k, v in head + tail:
        out.append(f" {k}" if v is None else f' {k}="{esc(v)}"')
    return "".join(out)


def _cls(rng, *names, obf=0.25, extra=(0, 2)):
    return classes(rng, names, obfuscate=obf, extra_hashed=extra)


def _vp(rng):
    return rng.choice(_VIEWPORTS)


def _box(rng, where, w, h, z=None, frame=None, shadow=False, position="fixed"):
    """A context dict for a fixed/sticky element of roughly w x h (ranges or
    ints) placed at where: br bl tr tl bottom top center right left drawer
    full bottom_box (a card in a bottom corner) sticky_top."""
    vw, vh = _vp(rng)
    w = rng.randint(*w) if isinstance(w, tuple) else w
    h = rng.randint(*h) if isinstance(h, tuple) else h
    w, h = min(w, vw), min(h, vh)
    m = rng.randint(0, 24)
    if where in ("br", "bl", "tr", "tl"):
        x = vw - w - m if where[1] == "r" else m
        y = vh - h - m if where[0] == "b" else m
    elif where == "bottom":
        x, y, w = 0, vh - h, vw
    elif where == "top":
        x, y, w = 0, 0, vw
    elif where == "center":
        x, y = (vw - w) // 2, max(0, (vh - h) // 2)
    elif where == "right":
        x, y = vw - w, (vh - h) // 2
    elif where == "left":
        x, y = 0, (vh - h) // 2
    elif where == "drawer":
        x, y, h = vw - w, 0, vh
    elif where == "full":
        x, y, w, h = 0, 0, vw, vh
    elif where == "bottom_box":
        x = rng.choice((m, vw - w - m))
        y = vh - h - m
    else:
        raise ValueError(where)
    return {
        "position": position, "rect": [x, y, w, h], "viewport": [vw, vh],
        "zIndex": z if z is not None else rng.choice((10, 100, 999, 1000, 9999, 99999, 2147483647)),
        "frameSrc": frame, "shadowHost": shadow,
    }


def _corner(rng, corner="br", size=(40, 64), frame=None, shadow=False, z=None):
    """Same generator the positive families use for corner launchers."""
    return fixed_context(rng, corner=corner, size=size, z=z, frame_src=frame, shadow=shadow)


def _flow(rng, w=(200, 900), h=(20, 600), y=None, frame=None, shadow=False):
    ctx = inline_context(rng, w=w, h=h, y=y)
    if frame or shadow:
        ctx = dict(ctx, frameSrc=frame, shadowHost=shadow)
    return ctx


def _sticky(rng, h=(48, 96)):
    ctx = _box(rng, "top", 100, h, z=rng.choice((10, 50, 100, 1000)))
    ctx["position"] = rng.choice(("sticky", "fixed", "sticky"))
    return ctx


def _hid(rng, n=6):
    return "".join(rng.choice("abcdef0123456789") for _ in range(n))


def _svg(rng, path=None, size=None, label=None):
    """An inline icon as real sites ship them (no visible text)."""
    s = size or rng.choice((16, 20, 24))
    d = path or rng.choice((
        "M12 4l-8 8h5v8h6v-8h5z", "M7 10l5 5 5-5z", "M4 6h16M4 12h16M4 18h16",
        "M10 18a8 8 0 1 1 5.3-14l5.7 5.7-1.4 1.4-5.7-5.7A6 6 0 1 0 10 16z",
        "M6 6l12 12M18 6L6 18", "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z",
    ))
    aria = f' role="img" aria-label="{esc(label)}"' if label else ' aria-hidden="true" focusable="false"'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{s}" height="{s}" viewBox="0 0 24 24"'
            f'{aria}><path d="{d}" fill="currentColor"/></svg>')


# The neg_page_* families together would give ~2200 examples at scale 1.0;
# 0.65 keeps them from swamping the positives. Change here to rebalance.
_SCALE = 0.65


def _emit(family, templates, paths, wrap_p=0.35):
    """Run each (name, fn, n, langs) template about n * _SCALE times.
    fn(rng, lang) returns (html, kind, source, ctx[, lang]); ctx is kept for
    about half of the examples."""
    out = []
    for name, fn, n, langs in templates:
        for i in range(max(3, round(n * _SCALE))):
            rng = rng_for(family, name, i)
            lang = _pick_lang(rng, langs)
            host = _host(rng, lang)
            res = fn(rng, lang)
            html, kind, source, ctx = res[:4]
            if len(res) > 4 and res[4] != lang:
                lang = res[4]
                host = _host(rng, lang)
            if rng.random() < wrap_p:
                html = wrap(html, rng, max_depth=2, p=0.6)
            if rng.random() < 0.5:
                ctx = None
            out.append(example(html, _url(rng, host, paths), 0, kind, source,
                               lang=lang, context=ctx))
    return out


# --------------------------------------------------------------- templates

def _toast(rng, lang):
    key = rng.choice(("saved", "added_to_cart", "copied", "msg_sent", "item_removed", "offline"))
    msg = esc(_t(key, lang))
    style = rng.randrange(5)
    if style == 0:
        xpos, ypos = rng.choice((("right", "bottom"), ("center", "top"), ("right", "top"), ("left", "bottom")))
        btn = f'<button data-button="true">{esc(_t("undo", lang))}</button>' if key == "item_removed" else ""
        html = (f'<section aria-label="{esc(_t("notifications", lang))} alt+T" tabindex="-1" aria-live="polite" '
                f'aria-relevant="additions text" aria-atomic="false"><ol dir="ltr" tabindex="-1" '
                f'data-sonner-toaster="true" data-theme="light" data-y-position="{ypos}" data-x-position="{xpos}">'
                f'<li aria-live="polite" aria-atomic="true" role="status" tabindex="0" data-sonner-toast="" '
                f'data-styled="true" data-mounted="true" data-type="success" data-visible="true">'
                f'<div data-icon="">{_svg(rng)}</div><div data-content=""><div data-title="">{msg}</div></div>'
                f'{btn}</li></ol></section>')
        corner = ("b" if ypos == "bottom" else "t") + ("l" if xpos == "left" else "r")
        return html, "toast", "Sonner toaster: section[aria-label^=Notifications] > ol[data-sonner-toaster] > li[data-sonner-toast]", _box(rng, corner, (300, 360), (52, 72))
    if style == 1:
        html = (f'<div class="{hashed_class(rng)}" style="position:fixed;z-index:9999;inset:16px;pointer-events:none">'
                f'<div class="{hashed_class(rng)}"><div class="{_cls(rng, "go4109123758")}" role="status" aria-live="polite">'
                f'{msg}</div></div></div>')
        return html, "toast", "react-hot-toast: div[role=status][aria-live=polite] with go* generated classes", _box(rng, "tr", (260, 360), (44, 60))
    if style == 2:
        brand = rng.choice(("Brightlane", "Taskforge", "Finlytics", "Cloudnest", "Parcel Pilot"))
        html = (f'<div class="toast show" role="alert" aria-live="assertive" aria-atomic="true">'
                f'<div class="toast-header"><strong class="me-auto">{brand}</strong><small>{rng.randint(1, 59)} min</small>'
                f'<button type="button" class="btn-close" data-bs-dismiss="toast" aria-label="{esc(_t("close", lang))}"></button></div>'
                f'<div class="toast-body">{msg}</div></div>')
        return html, "toast", "Bootstrap 5 toast: div.toast[role=alert] > .toast-header + .toast-body", _box(rng, "br", (300, 350), (80, 110))
    if style == 3:
        c1 = hashed_class(rng)
        html = (f'<div class="MuiSnackbar-root MuiSnackbar-anchorOriginBottomLeft {c1}" role="presentation">'
                f'<div class="MuiPaper-root MuiPaper-elevation MuiPaper-elevation6 MuiSnackbarContent-root {hashed_class(rng)}" '
                f'role="alert" direction="up"><div class="MuiSnackbarContent-message {hashed_class(rng)}">{msg}</div>'
                f'<div class="MuiSnackbarContent-action {hashed_class(rng)}"><button class="MuiButtonBase-root MuiButton-root '
                f'MuiButton-text MuiButton-textSecondary MuiButton-sizeSmall {hashed_class(rng)}" tabindex="0" type="button">'
                f'{esc(_t("undo", lang).upper())}</button></div></div></div>')
        return html, "toast", "MUI Snackbar: .MuiSnackbar-root > .MuiSnackbarContent-root[role=alert]", _box(rng, "bl", (288, 420), (48, 64))
    c = _cls(rng, "notification", "is-success", "flash-message")
    html = (f'<div{_attrs(rng, [("class", c), ("role", "status"), ("data-controller", "flash")])}>'
            f'<p>{msg}</p><button type="button" class="{_cls(rng, "notification__close")}" '
            f'aria-label="{esc(_t("dismiss", lang))}">{_svg(rng, "M6 6l12 12M18 6L6 18")}</button></div>')
    return html, "toast", "generic pattern: flash notification div[role=status] with dismiss button", _box(rng, rng.choice(("tr", "top", "br")), (280, 420), (48, 72))


def _design_system(rng, lang):
    style = rng.randrange(9)
    if style == 0:
        variant = rng.choice(("primary", "default", "success", "neutral"))
        label = esc(_t(rng.choice(("save", "continue", "submit", "add_to_cart", "sign_in")), lang))
        html = f'<sl-button{_attrs(rng, [("variant", variant), ("size", rng.choice(("small", "medium", "large")))])}>{label}</sl-button>'
        return html, "button", "Shoelace <sl-button variant size> custom element", _flow(rng, (80, 220), (32, 48), shadow=True)
    if style == 1:
        html = (f'<sl-dialog label="{esc(_t("edit_profile", lang))}" class="{_cls(rng, "dialog-overview")}" open>'
                f'<sl-input label="{esc(_t("full_name", lang))}" name="name" required></sl-input>'
                f'<sl-input type="email" label="{esc(_t("email", lang))}" name="email"></sl-input>'
                f'<sl-button slot="footer" variant="primary">{esc(_t("save", lang))}</sl-button></sl-dialog>')
        return html, "dialog", "Shoelace <sl-dialog label> with sl-input fields and footer slot button", _box(rng, "center", (420, 560), (300, 420), shadow=True)
    if style == 2:
        html = (f'<sl-tooltip content="{esc(_t("copy_link", lang))}"><sl-icon-button name="clipboard" '
                f'label="{esc(_t("copy_link", lang))}"></sl-icon-button></sl-tooltip>')
        return html, "button", "Shoelace <sl-tooltip> wrapping <sl-icon-button name label>", _flow(rng, (32, 40), (32, 40), shadow=True)
    if style == 3:
        btn = rng.choice(("md-filled-button", "md-outlined-button", "md-filled-tonal-button", "md-text-button"))
        label = esc(_t(rng.choice(("continue", "save", "cancel", "subscribe", "create_account")), lang))
        html = f'<{btn}{_attrs(rng, [("type", "submit"), ("has-icon", None) if rng.random() < 0.3 else None])}>{label}</{btn}>'
        return html, "button", f"Material Web <{btn}> custom element", _flow(rng, (90, 200), (40, 40), shadow=True)
    if style == 4:
        html = (f'<md-dialog open><div slot="headline">{esc(_t("discard_draft", lang))}</div>'
                f'<form slot="content" id="form-{_hid(rng)}" method="dialog">{esc(_t("discard_text", lang))}</form>'
                f'<div slot="actions"><md-text-button value="cancel">{esc(_t("cancel", lang))}</md-text-button>'
                f'<md-filled-button value="discard">{esc(_t("discard", lang))}</md-filled-button></div></md-dialog>')
        return html, "dialog", "Material Web <md-dialog> with headline/content/actions slots", _box(rng, "center", (312, 560), (180, 260), shadow=True)
    if style == 5:
        icon, lab = rng.choice((("add", _t("add", lang)), ("edit", _t("edit_profile", lang)), ("add", _t("new_item", lang))))
        tag = rng.choice(("md-fab", "mwc-fab"))
        if tag == "md-fab":
            html = f'<md-fab aria-label="{esc(lab)}" variant="primary"><md-icon slot="icon">{icon}</md-icon></md-fab>'
        else:
            html = f'<mwc-fab icon="{icon}" label="{esc(lab)}"></mwc-fab>'
        return html, "fab", f"{tag} floating action button (create/edit, not AI)", _corner(rng, "br", (56, 56), shadow=True)
    if style == 6:
        html = (f'<mwc-dialog heading="{esc(_t("discard_draft", lang))}" open><p>{esc(_t("discard_text", lang))}</p>'
                f'<mwc-button slot="primaryAction" dialogAction="discard">{esc(_t("discard", lang))}</mwc-button>'
                f'<mwc-button slot="secondaryAction" dialogAction="cancel">{esc(_t("cancel", lang))}</mwc-button></mwc-dialog>')
        return html, "dialog", "MWC <mwc-dialog heading> with primaryAction/secondaryAction mwc-button", _box(rng, "center", (280, 560), (160, 240), shadow=True)
    if style == 7:
        icon = rng.choice(("add", "create-outline", "camera", "share-social"))
        html = (f'<ion-fab{_attrs(rng, [("vertical", "bottom"), ("horizontal", "end"), ("slot", "fixed")])}>'
                f'<ion-fab-button aria-label="{esc(_t("add", lang))}"><ion-icon name="{icon}"></ion-icon></ion-fab-button></ion-fab>')
        return html, "fab", "Ionic <ion-fab vertical=bottom horizontal=end slot=fixed> > ion-fab-button", _corner(rng, "br", (56, 56), shadow=True)
    tag, attr = rng.choice((("ion-button", ("expand", "block")), ("sp-button", ("variant", "accent")),
                            ("fluent-button", ("appearance", "accent")), ("cds-button", ("kind", "primary")),
                            ("vaadin-button", ("theme", "primary")), ("calcite-button", ("appearance", "solid"))))
    label = esc(_t(rng.choice(("continue", "sign_in", "save", "checkout", "send")), lang))
    html = f'<{tag}{_attrs(rng, [attr])}>{label}</{tag}>'
    return html, "button", f"design-system custom element <{tag}>", _flow(rng, (90, 360), (32, 48), shadow=True)


def _tab_bar(rng, lang):
    items = [("home", _t("home", lang)), ("search", _t("search", lang)),
             ("heart", _t("wishlist", lang).split()[0] if lang == "en" else _t("reviews", lang)),
             ("person", _t("account", lang))]
    btns = "".join(f'<ion-tab-button tab="{n}"><ion-icon name="{n}-outline"></ion-icon><ion-label>{esc(l)}</ion-label></ion-tab-button>'
                   for n, l in items)
    if rng.random() < 0.5:
        html = f'<ion-tab-bar slot="bottom">{btns}</ion-tab-bar>'
        src = "Ionic <ion-tab-bar slot=bottom> with ion-tab-button items"
    else:
        lis = "".join(f'<a href="/{n}" class="{_cls(rng, "bottom-nav__item")}"{_AC if j == 0 else ""}>'
                      f'{_svg(rng)}<span>{esc(l)}</span></a>' for j, (n, l) in enumerate(items))
        html = f'<nav class="{_cls(rng, "bottom-nav", "mobile-only")}" aria-label="{esc(_t("main_nav", lang))}">{lis}</nav>'
        src = "generic pattern: fixed mobile bottom navigation bar"
    return html, "nav", src, _box(rng, "bottom", 390, (56, 72))


def _table(rng, lang):
    kind = rng.randrange(3)
    if kind == 0:
        heads = {"en": ("Order", "Date", "Status", "Total"), "de": ("Bestellung", "Datum", "Status", "Summe"),
                 "fr": ("Commande", "Date", "Statut", "Total"), "es": ("Pedido", "Fecha", "Estado", "Total"),
                 "ja": ("注文番号", "注文日", "状況", "合計"), "pt": ("Pedido", "Data", "Status", "Total"),
                 "it": ("Ordine", "Data", "Stato", "Totale"), "nl": ("Bestelling", "Datum", "Status", "Totaal"),
                 "pl": ("Zamówienie", "Data", "Status", "Suma"), "ko": ("주문", "날짜", "상태", "합계"),
                 "zh": ("订单", "日期", "状态", "合计"), "sv": ("Order", "Datum", "Status", "Summa")}[lang]
        states = {"en": ("Delivered", "Shipped", "Processing"), "de": ("Zugestellt", "Versandt", "In Bearbeitung"),
                  "fr": ("Livrée", "Expédiée", "En préparation"), "es": ("Entregado", "Enviado", "En proceso"),
                  "ja": ("配達済み", "発送済み", "処理中"), "pt": ("Entregue", "Enviado", "Em processamento"),
                  "it": ("Consegnato", "Spedito", "In lavorazione"), "nl": ("Bezorgd", "Verzonden", "In behandeling"),
                  "pl": ("Dostarczone", "Wysłane", "W realizacji"), "ko": ("배송 완료", "배송 중", "처리 중"),
                  "zh": ("已送达", "已发货", "处理中"), "sv": ("Levererad", "Skickad", "Behandlas")}[lang]
        rows = "".join(f'<tr><td><a href="/account/orders/{rng.randint(100000, 999999)}">#{rng.randint(1000, 9999)}</a></td>'
                       f'<td><time datetime="2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}">{rng.randint(1, 28)}.0{rng.randint(1, 9)}.2026</time></td>'
                       f'<td>{esc(rng.choice(states))}</td><td>{rng.randint(12, 340)},{rng.randint(10, 99)} €</td></tr>'
                       for _ in range(rng.randint(2, 5)))
        th = "".join(f'<th scope="col">{esc(h)}</th>' for h in heads)
        html = f'<table class="{_cls(rng, "table", "orders-table")}"><thead><tr>{th}</tr></thead><tbody>{rows}</tbody></table>'
        return html, "table", "generic pattern: account order-history table", _flow(rng, (500, 900), (120, 300))
    if kind == 1:
        specs = {"en": (("Weight", "1.2 kg"), ("Battery", "Up to 14 hours"), ("Dimensions", "32 × 21 × 1.6 cm"), ("Warranty", "2 years")),
                 "de": (("Gewicht", "1,2 kg"), ("Akku", "Bis zu 14 Stunden"), ("Abmessungen", "32 × 21 × 1,6 cm"), ("Garantie", "2 Jahre")),
                 "fr": (("Poids", "1,2 kg"), ("Batterie", "Jusqu'à 14 heures"), ("Dimensions", "32 × 21 × 1,6 cm"), ("Garantie", "2 ans")),
                 "es": (("Peso", "1,2 kg"), ("Batería", "Hasta 14 horas"), ("Dimensiones", "32 × 21 × 1,6 cm"), ("Garantía", "2 años")),
                 "ja": (("重量", "1.2 kg"), ("バッテリー", "最大14時間"), ("サイズ", "32 × 21 × 1.6 cm"), ("保証", "2年間")),
                 "pt": (("Peso", "1,2 kg"), ("Bateria", "Até 14 horas"), ("Dimensões", "32 × 21 × 1,6 cm"), ("Garantia", "2 anos")),
                 "it": (("Peso", "1,2 kg"), ("Batteria", "Fino a 14 ore"), ("Dimensioni", "32 × 21 × 1,6 cm"), ("Garanzia", "2 anni")),
                 "nl": (("Gewicht", "1,2 kg"), ("Accu", "Tot 14 uur"), ("Afmetingen", "32 × 21 × 1,6 cm"), ("Garantie", "2 jaar")),
                 "pl": (("Waga", "1,2 kg"), ("Bateria", "Do 14 godzin"), ("Wymiary", "32 × 21 × 1,6 cm"), ("Gwarancja", "2 lata")),
                 "ko": (("무게", "1.2kg"), ("배터리", "최대 14시간"), ("크기", "32 × 21 × 1.6cm"), ("보증", "2년")),
                 "zh": (("重量", "1.2 千克"), ("电池", "最长 14 小时"), ("尺寸", "32 × 21 × 1.6 厘米"), ("保修", "2 年")),
                 "sv": (("Vikt", "1,2 kg"), ("Batteri", "Upp till 14 timmar"), ("Mått", "32 × 21 × 1,6 cm"), ("Garanti", "2 år"))}[lang]
        rows = "".join(f'<tr><th scope="row">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in rng.sample(specs, rng.randint(2, 4)))
        html = f'<table class="{_cls(rng, "product-specs", "woocommerce-product-attributes")}"><tbody>{rows}</tbody></table>'
        return html, "table", "generic pattern: product specification table (WooCommerce shop_attributes style)", _flow(rng, (300, 700), (100, 220))
    stops = rng.sample(("Central Station", "Harbour", "Market Square", "University", "Old Town", "Airport", "Stadium"), 3)
    rows = "".join(f'<tr><td>{s}</td><td>{rng.randint(5, 22):02d}:{rng.choice(("05", "20", "35", "50"))}</td>'
                   f'<td>{rng.randint(1, 12)}</td></tr>' for s in stops)
    html = (f'<table class="{_cls(rng, "timetable")}"><caption>Line {rng.randint(1, 40)}</caption>'
            f'<thead><tr><th>Stop</th><th>Departs</th><th>Platform</th></tr></thead><tbody>{rows}</tbody></table>')
    return html, "table", "generic pattern: transit timetable table with caption", _flow(rng, (300, 600), (120, 200))


def _accordion(rng, lang):
    qa = [(_t("q_return", lang), _t("a_return", lang)), (_t("q_track", lang), _t("a_track", lang))]
    rng.shuffle(qa)
    style = rng.randrange(3)
    if style == 0:
        items = "".join(f'<details class="{_cls(rng, "faq__item")}"{" open" if j == 0 and rng.random() < 0.5 else ""}>'
                        f'<summary>{esc(q)}</summary><p>{esc(a)}</p></details>' for j, (q, a) in enumerate(qa))
        html = f'<section class="{_cls(rng, "faq")}"><h2>{esc(_t("faq", lang))}</h2>{items}</section>'
        src = "generic pattern: FAQ accordion with details/summary"
    elif style == 1:
        aid = _hid(rng)
        items = "".join(
            f'<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button{"" if j == 0 else " collapsed"}" '
            f'type="button" data-bs-toggle="collapse" data-bs-target="#c{aid}{j}" aria-expanded="{str(j == 0).lower()}" '
            f'aria-controls="c{aid}{j}">{esc(q)}</button></h2><div id="c{aid}{j}" class="accordion-collapse collapse{" show" if j == 0 else ""}" '
            f'data-bs-parent="#acc{aid}"><div class="accordion-body">{esc(a)}</div></div></div>' for j, (q, a) in enumerate(qa))
        html = f'<div class="accordion" id="acc{aid}">{items}</div>'
        src = "Bootstrap 5 accordion: .accordion-item > .accordion-button[data-bs-toggle=collapse]"
    else:
        tabs = [_t("reviews", lang), _t("shipping", lang), _t("returns", lang)]
        tid = _hid(rng)
        btns = "".join(f'<button role="tab" id="tab-{tid}-{j}" aria-selected="{str(j == 0).lower()}" aria-controls="panel-{tid}-{j}"'
                       f'{"" if j == 0 else _TI} class="{_cls(rng, "tabs__tab")}">{esc(t)}</button>' for j, t in enumerate(tabs))
        html = (f'<div class="{_cls(rng, "tabs")}"><div role="tablist" aria-label="{esc(_t("more_options", lang))}">{btns}</div>'
                f'<div role="tabpanel" id="panel-{tid}-0" aria-labelledby="tab-{tid}-0"><p>{esc(qa[0][1])}</p></div></div>')
        src = "WAI-ARIA tabs pattern: role=tablist/tab/tabpanel"
    return html, rng.choice(("accordion", "faq")) if style < 2 else "tabs", src, _flow(rng, (400, 900), (120, 480))


def _modal(rng, lang):
    style = rng.randrange(3)
    if style == 0:
        title, text = _t("session_title", lang), _t("session_text", lang)
        b1, b2 = _t("sign_out", lang), _t("stay_signed_in", lang)
        src = "generic pattern: session-timeout modal dialog[role=alertdialog]"
        role = "alertdialog"
    elif style == 1:
        title, text = _t("region_title", lang), _t("region_text", lang)
        b1, b2 = _t("close", lang), _t("continue", lang)
        src = "generic pattern: country/region selector modal on a shop"
        role = "dialog"
    else:
        title, text = _t("discard_draft", lang), _t("discard_text", lang)
        b1, b2 = _t("cancel", lang), _t("discard", lang)
        src = "generic pattern: confirm-discard dialog"
        role = "alertdialog"
    mid = _hid(rng)
    if rng.random() < 0.5:
        html = (f'<div class="modal fade show" id="m{mid}" tabindex="-1" aria-labelledby="m{mid}Label" aria-modal="true" role="{role}" style="display:block">'
                f'<div class="modal-dialog modal-dialog-centered"><div class="modal-content"><div class="modal-header">'
                f'<h1 class="modal-title fs-5" id="m{mid}Label">{esc(title)}</h1><button type="button" class="btn-close" '
                f'data-bs-dismiss="modal" aria-label="{esc(_t("close", lang))}"></button></div><div class="modal-body"><p>{esc(text)}</p></div>'
                f'<div class="modal-footer"><button type="button" class="btn btn-secondary" data-bs-dismiss="modal">{esc(b1)}</button>'
                f'<button type="button" class="btn btn-primary">{esc(b2)}</button></div></div></div></div>')
        src = src + " (Bootstrap .modal markup)"
    else:
        html = (f'<dialog{_attrs(rng, [("class", _cls(rng, "modal", "dialog")), ("open", None), ("aria-labelledby", f"d{mid}")])}>'
                f'<h2 id="d{mid}">{esc(title)}</h2><p>{esc(text)}</p><form method="dialog" class="{_cls(rng, "modal__actions")}">'
                f'<button value="cancel" class="{_cls(rng, "btn", "btn--ghost")}">{esc(b1)}</button>'
                f'<button value="ok" class="{_cls(rng, "btn", "btn--primary")}">{esc(b2)}</button></form></dialog>')
    return html, "modal", src, _box(rng, "center", (320, 560), (180, 300))


def _announcement(rng, lang):
    text = _t(rng.choice(("free_shipping", "store_hours", "maintenance")), lang)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">'
                f'<p class="announcement-bar__message h5"><span>{esc(text)}</span></p></div></div>')
        src = "Shopify Dawn announcement bar: .announcement-bar[role=region] > .announcement-bar__message"
    elif style == 1:
        html = (f'<div class="theme-announcement-bar {_cls(rng, "announcementBar_mb4j")}" role="banner">'
                f'<div class="{_cls(rng, "announcementBarContent_xLdY")}">{esc(text)}</div>'
                f'<button type="button" aria-label="{esc(_t("close", lang))}" class="clean-btn close {_cls(rng, "closeButton_CVFx")}">'
                f'{_svg(rng, "M6 6l12 12M18 6L6 18")}</button></div>')
        src = "Docusaurus theme-announcement-bar with close button"
    else:
        html = (f'<div{_attrs(rng, [("class", _cls(rng, "site-notice", "alert", "alert-info")), ("role", "alert")])}>'
                f'{_svg(rng)}<span>{esc(text)}</span><a href="/{rng.choice(("service", "help", "news"))}">{esc(_t("learn_more", lang))}</a></div>')
        src = "generic pattern: site-wide notice/alert banner"
    return html, "announcement_bar", src, _sticky(rng, (32, 56))


def _tour(rng, lang):
    text = _t(rng.choice(("tour_export", "tour_dark", "tour_shortcuts")), lang)
    n = rng.randint(2, 4)
    k = rng.randint(1, n)
    if rng.random() < 0.5:
        html = (f'<div class="introjs-tooltipReferenceLayer"><div class="introjs-tooltip introjs-{rng.choice(("bottom", "right", "left"))}" role="dialog">'
                f'<div class="introjs-tooltip-header"><a role="button" tabindex="0" class="introjs-skipbutton">×</a></div>'
                f'<div class="introjs-tooltiptext">{esc(text)}</div><div class="introjs-bullets"><ul role="tablist">'
                + "".join(f'<li role="presentation"><a role="tab"{_ACT if j + 1 == k else ""} data-step-number="{j + 1}">&nbsp;</a></li>' for j in range(n))
                + f'</ul></div><div class="introjs-tooltipbuttons"><a role="button" tabindex="0" class="introjs-button introjs-nextbutton">'
                f'{esc(_t("next", lang))}</a></div></div></div>')
        src = "Intro.js product tour tooltip (.introjs-tooltip) for a non-AI feature"
    else:
        sid = _hid(rng, 8)
        html = (f'<div aria-describedby="step-{sid}-description" role="dialog" tabindex="0" class="shepherd-element shepherd-has-cancel-icon '
                f'shepherd-enabled" data-shepherd-step-id="step-{sid}"><div class="shepherd-arrow" data-popper-arrow=""></div>'
                f'<div class="shepherd-content"><header class="shepherd-header"><span>{esc(_t("step_of", lang, k, n))}</span>'
                f'<button class="shepherd-cancel-icon" type="button" aria-label="Close Tour"><span aria-hidden="true">×</span></button></header>'
                f'<div class="shepherd-text" id="step-{sid}-description">{esc(text)}</div><footer class="shepherd-footer">'
                f'<button class="shepherd-button" tabindex="0">{esc(_t("got_it", lang))}</button></footer></div></div>')
        src = "Shepherd.js tour step (.shepherd-element[role=dialog]) for a non-AI feature"
    ctx = _box(rng, rng.choice(("tr", "tl", "center", "br")), (260, 340), (120, 200), position="absolute")
    return html, "product_tour", src, ctx


def examples():
    templates = [
        ("toast", _toast, 55, LANGS),
        ("design_system", _design_system, 80, LANGS),
        ("tab_bar", _tab_bar, 18, LANGS),
        ("table", _table, 30, LANGS),
        ("accordion", _accordion, 30, LANGS),
        ("modal", _modal, 35, LANGS),
        ("announcement", _announcement, 24, LANGS),
        ("tour", _tour, 28, LANGS),
    ]
    paths = ("/", "/app", "/dashboard", "/account/orders", "/account/settings", "/products/item-{n}",
             "/help/faq", "/checkout/cart", "/projects/{n}/board", "/inbox", "/settings/profile",
             "/reports", "/docs/guide/{n}")
    return _emit("neg_page_ui", templates, paths)
