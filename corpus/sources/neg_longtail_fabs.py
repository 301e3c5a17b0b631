"""Long-tail negatives (label 0): floating action buttons and other fixed
corner/edge furniture that is not AI — compose/new-message FABs, "+" create
buttons, cart FABs, speed dials, mini-players, share rails, cookie-settings
and accessibility launchers, help "?" buttons that open docs, Calendly badges.

This module also holds the helpers (underscore names) that the other
neg_longtail_* modules import: a UI string table in 12 languages, new host
pages, attribute/class variation and the per-design driver.
"""
from corpus.common import (SITES, classes, esc, example, fixed_context, hashed_class,
                           inline_context, page_url, rng_for, wrap)

LANGS = ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "zh", "sv")
EU7 = ("en", "de", "fr", "es", "ja", "pt", "it")

# New host pages for the long-tail negatives (not in common.SITES).
HOSTS = {
    "en": ("app.mailwell.io", "www.pinecrest-realty.com", "www.harvestkitchen.com", "app.sprintboard.io",
           "www.lakeshore-news.com", "shop.urbanthreads.com", "docs.queuebase.dev", "www.mountainviewclinic.org",
           "app.notewise.co", "www.sportspulse.net", "www.frontier-bank.com", "learn.pixelacademy.io",
           "www.greenthumb-garden.com", "app.crewplanner.com", "www.thedailyledger.com", "www.coastline-travel.com",
           "portal.metrowater.gov", "www.brewcraft-supply.com", "app.ledgerly.io", "www.citymuseum.org",
           "shop.tinytoys.co", "www.autobarn-parts.com", "forum.modelrailroaders.net", "www.weddingwire-planner.com",
           "app.kanbanly.com", "www.stockwatch-daily.com", "www.countyfair.org", "status.pipeline.dev",
           "www.pawsandclaws.vet", "www.studiolofts.com", "www.chessclubhq.org", "app.formcraft.io"),
    "de": ("www.rheinpost.de", "app.teamplaner.de", "shop.gartenfreund.de", "www.zahnarzt-mitte.de",
           "www.bahnreisen-info.de", "portal.stadtwerke-sued.de", "www.kochschule-berlin.de",
           "www.sportverein-eintracht.de", "www.immobilien-kontor.de", "shop.uhrenwerk.ch", "www.wetter-alpen.at",
           "app.rechnungsbox.de"),
    "fr": ("www.ouest-matin.fr", "app.planif.fr", "boutique.cave-bordeaux.fr", "www.musee-lumiere.fr",
           "www.immo-provence.fr", "www.club-rugby-sud.fr", "www.pharmacie-centrale.fr", "shop.velo-paris.fr",
           "www.meteo-bretagne.fr", "app.devis-facile.fr", "www.lyon-actu.fr"),
    "es": ("www.elnorte-diario.es", "app.tareas.mx", "tienda.vinos-rioja.es", "www.museodelprado-guia.es",
           "www.inmobiliaria-costa.es", "www.futbol-hoy.com", "www.farmacia-sol.es", "shop.zapatos-madrid.es",
           "www.clima-andino.cl", "app.cobros.co"),
    "ja": ("www.hokkaido-shimbun.jp", "app.tasuku.jp", "shop.wagashi-ya.jp", "www.bijutsukan-tokyo.jp",
           "www.fudousan-navi.jp", "www.yakyu-sokuho.jp", "www.kusuri-online.jp", "www.tenki-navi.jp",
           "app.seikyu-cloud.jp"),
    "pt": ("www.folhadosul.com.br", "app.tarefas.com.br", "loja.vinhosdoporto.pt", "www.museu-arte.pt",
           "www.imoveis-rio.com.br", "www.futebol-agora.com.br", "www.farmacia-popular.com.br", "www.clima-tempo.pt"),
    "it": ("www.gazzettadelsud.it", "app.progetti.it", "negozio.vini-toscana.it", "www.museo-uffizi-guida.it",
           "www.immobiliare-lago.it", "www.calcio-live.it", "www.farmacia-centro.it", "www.meteo-alpi.it"),
    "nl": ("www.haagsecourant.nl", "app.planbord.nl", "winkel.kaasboer.nl", "www.museum-delft.nl",
           "www.makelaar-utrecht.nl", "www.weerbericht-nu.nl"),
    "pl": ("www.kurier-poranny.pl", "app.zadania.pl", "sklep.herbaciarnia.pl", "www.muzeum-krakow.pl",
           "www.nieruchomosci-gdansk.pl", "www.pogoda-dzis.pl"),
    "ko": ("www.busan-ilbo.kr", "app.hal-il.co.kr", "shop.hanok-tea.kr", "www.museum-seoul.kr",
           "www.budongsan-info.kr", "www.yagu-live.kr"),
    "zh": ("www.chengdu-wanbao.cn", "app.renwu.cn", "shop.chaye-hangzhou.cn", "www.bowuguan-guide.cn",
           "www.fangchan-info.cn", "www.tianqi-yubao.cn"),
    "sv": ("www.goteborgsbladet.se", "app.uppgift.se", "butik.kafferosteriet.se", "www.museum-stockholm.se",
           "www.maklare-malmo.se", "www.vader-idag.se"),
}

# key|en|de|fr|es|ja|pt|it|nl|pl|ko|zh|sv
_TABLE = """
bold|Bold|Fett|Gras|Negrita|太字|Negrito|Grassetto|Vet|Pogrubienie|굵게|加粗|Fet
italic|Italic|Kursiv|Italique|Cursiva|斜体|Itálico|Corsivo|Cursief|Kursywa|기울임꼴|斜体|Kursiv
underline|Underline|Unterstrichen|Souligné|Subrayado|下線|Sublinhado|Sottolineato|Onderstrepen|Podkreślenie|밑줄|下划线|Understruken
strike|Strikethrough|Durchgestrichen|Barré|Tachado|取り消し線|Tachado|Barrato|Doorhalen|Przekreślenie|취소선|删除线|Genomstruken
link|Insert link|Link einfügen|Insérer un lien|Insertar enlace|リンクを挿入|Inserir link|Inserisci link|Link invoegen|Wstaw link|링크 삽입|插入链接|Infoga länk
attach|Attach file|Datei anhängen|Joindre un fichier|Adjuntar archivo|ファイルを添付|Anexar arquivo|Allega file|Bestand bijvoegen|Załącz plik|파일 첨부|附加文件|Bifoga fil
emoji|Insert emoji|Emoji einfügen|Insérer un emoji|Insertar emoji|絵文字を挿入|Inserir emoji|Inserisci emoji|Emoji invoegen|Wstaw emoji|이모티콘 삽입|插入表情|Infoga emoji
settings|Settings|Einstellungen|Paramètres|Configuración|設定|Configurações|Impostazioni|Instellingen|Ustawienia|설정|设置|Inställningar
notifications|Notifications|Benachrichtigungen|Notifications|Notificaciones|通知|Notificações|Notifiche|Meldingen|Powiadomienia|알림|通知|Aviseringar
share|Share|Teilen|Partager|Compartir|共有|Compartilhar|Condividi|Delen|Udostępnij|공유|分享|Dela
more|More options|Weitere Optionen|Plus d'options|Más opciones|その他のオプション|Mais opções|Altre opzioni|Meer opties|Więcej opcji|추가 옵션|更多选项|Fler alternativ
search|Search|Suchen|Rechercher|Buscar|検索|Pesquisar|Cerca|Zoeken|Szukaj|검색|搜索|Sök
filter|Filter|Filtern|Filtrer|Filtrar|絞り込み|Filtrar|Filtra|Filteren|Filtruj|필터|筛选|Filtrera
sort|Sort|Sortieren|Trier|Ordenar|並べ替え|Ordenar|Ordina|Sorteren|Sortuj|정렬|排序|Sortera
download|Download|Herunterladen|Télécharger|Descargar|ダウンロード|Baixar|Scarica|Downloaden|Pobierz|다운로드|下载|Ladda ned
print|Print|Drucken|Imprimer|Imprimir|印刷|Imprimir|Stampa|Afdrukken|Drukuj|인쇄|打印|Skriv ut
translate|Translate page|Seite übersetzen|Traduire la page|Traducir página|ページを翻訳|Traduzir página|Traduci pagina|Pagina vertalen|Przetłumacz stronę|페이지 번역|翻译页面|Översätt sidan
voice|Search by voice|Sprachsuche|Recherche vocale|Búsqueda por voz|音声で検索|Pesquisa por voz|Ricerca vocale|Zoeken met spraak|Wyszukiwanie głosowe|음성으로 검색|语音搜索|Röstsökning
dictate|Dictate|Diktieren|Dicter|Dictar|音声入力|Ditar|Detta|Dicteren|Dyktuj|받아쓰기|听写|Diktera
zoom_in|Zoom in|Vergrößern|Zoom avant|Acercar|拡大|Aumentar zoom|Aumenta zoom|Inzoomen|Powiększ|확대|放大|Zooma in
zoom_out|Zoom out|Verkleinern|Zoom arrière|Alejar|縮小|Diminuir zoom|Riduci zoom|Uitzoomen|Pomniejsz|축소|缩小|Zooma ut
undo|Undo|Rückgängig|Annuler|Deshacer|元に戻す|Desfazer|Annulla|Ongedaan maken|Cofnij|실행 취소|撤销|Ångra
redo|Redo|Wiederholen|Rétablir|Rehacer|やり直す|Refazer|Ripeti|Opnieuw|Ponów|다시 실행|重做|Gör om
bullets|Bulleted list|Aufzählung|Liste à puces|Lista con viñetas|箇条書き|Lista com marcadores|Elenco puntato|Lijst met opsommingstekens|Lista punktowana|글머리 기호 목록|项目符号列表|Punktlista
numbers|Numbered list|Nummerierte Liste|Liste numérotée|Lista numerada|番号付きリスト|Lista numerada|Elenco numerato|Genummerde lijst|Lista numerowana|번호 매기기 목록|编号列表|Numrerad lista
image|Insert image|Bild einfügen|Insérer une image|Insertar imagen|画像を挿入|Inserir imagem|Inserisci immagine|Afbeelding invoegen|Wstaw obraz|이미지 삽입|插入图片|Infoga bild
code|Code block|Codeblock|Bloc de code|Bloque de código|コードブロック|Bloco de código|Blocco di codice|Codeblok|Blok kodu|코드 블록|代码块|Kodblock
quote|Quote|Zitat|Citation|Cita|引用|Citação|Citazione|Citaat|Cytat|인용|引用|Citat
heading|Heading|Überschrift|Titre|Encabezado|見出し|Título|Titolo|Kop|Nagłówek|제목|标题|Rubrik
mention|Mention someone|Person erwähnen|Mentionner quelqu'un|Mencionar a alguien|メンション|Mencionar alguém|Menziona qualcuno|Iemand vermelden|Oznacz kogoś|멘션하기|提及某人|Nämn någon
send|Send|Senden|Envoyer|Enviar|送信|Enviar|Invia|Verzenden|Wyślij|보내기|发送|Skicka
close|Close|Schließen|Fermer|Cerrar|閉じる|Fechar|Chiudi|Sluiten|Zamknij|닫기|关闭|Stäng
help|Help|Hilfe|Aide|Ayuda|ヘルプ|Ajuda|Aiuto|Help|Pomoc|도움말|帮助|Hjälp
compose|Compose|Schreiben|Nouveau message|Redactar|作成|Escrever|Scrivi|Opstellen|Utwórz|편지쓰기|写邮件|Skriv
new_message|New message|Neue Nachricht|Nouveau message|Mensaje nuevo|新規メッセージ|Nova mensagem|Nuovo messaggio|Nieuw bericht|Nowa wiadomość|새 메시지|新消息|Nytt meddelande
create|Create|Erstellen|Créer|Crear|作成|Criar|Crea|Maken|Utwórz|만들기|创建|Skapa
add|Add|Hinzufügen|Ajouter|Añadir|追加|Adicionar|Aggiungi|Toevoegen|Dodaj|추가|添加|Lägg till
new_task|New task|Neue Aufgabe|Nouvelle tâche|Nueva tarea|新しいタスク|Nova tarefa|Nuova attività|Nieuwe taak|Nowe zadanie|새 작업|新建任务|Ny uppgift
new_contact|Add contact|Kontakt hinzufügen|Ajouter un contact|Añadir contacto|連絡先を追加|Adicionar contato|Aggiungi contatto|Contact toevoegen|Dodaj kontakt|연락처 추가|添加联系人|Lägg till kontakt
cart|Cart|Warenkorb|Panier|Carrito|カート|Carrinho|Carrello|Winkelwagen|Koszyk|장바구니|购物车|Varukorg
view_cart|View cart|Warenkorb ansehen|Voir le panier|Ver carrito|カートを見る|Ver carrinho|Vedi carrello|Bekijk winkelwagen|Zobacz koszyk|장바구니 보기|查看购物车|Visa varukorg
items|items|Artikel|articles|artículos|点|itens|articoli|artikelen|produkty|개|件|artiklar
menu|Menu|Menü|Menu|Menú|メニュー|Menu|Menu|Menu|Menu|메뉴|菜单|Meny
open_menu|Open navigation menu|Navigationsmenü öffnen|Ouvrir le menu de navigation|Abrir menú de navegación|ナビゲーションメニューを開く|Abrir menu de navegação|Apri menu di navigazione|Navigatiemenu openen|Otwórz menu nawigacji|탐색 메뉴 열기|打开导航菜单|Öppna navigeringsmenyn
back_to_top|Back to top|Nach oben|Retour en haut|Volver arriba|ページの先頭へ|Voltar ao topo|Torna su|Terug naar boven|Powrót na górę|맨 위로|返回顶部|Till toppen
cookie_settings|Cookie settings|Cookie-Einstellungen|Paramètres des cookies|Configuración de cookies|Cookie設定|Configurações de cookies|Impostazioni cookie|Cookie-instellingen|Ustawienia cookies|쿠키 설정|Cookie 设置|Cookie-inställningar
consent|Manage consent|Einwilligung verwalten|Gérer le consentement|Gestionar consentimiento|同意を管理|Gerenciar consentimento|Gestisci consenso|Toestemming beheren|Zarządzaj zgodą|동의 관리|管理同意|Hantera samtycke
a11y|Accessibility options|Optionen für Barrierefreiheit|Options d'accessibilité|Opciones de accesibilidad|アクセシビリティ設定|Opções de acessibilidade|Opzioni di accessibilità|Toegankelijkheidsopties|Opcje dostępności|접근성 옵션|无障碍选项|Tillgänglighetsalternativ
feedback|Feedback|Feedback|Votre avis|Opinión|フィードバック|Feedback|Feedback|Feedback|Opinia|피드백|反馈|Feedback
help_docs|Help & documentation|Hilfe & Dokumentation|Aide et documentation|Ayuda y documentación|ヘルプとドキュメント|Ajuda e documentação|Guida e documentazione|Help en documentatie|Pomoc i dokumentacja|도움말 및 문서|帮助与文档|Hjälp och dokumentation
shortcuts|Keyboard shortcuts|Tastenkombinationen|Raccourcis clavier|Atajos de teclado|キーボードショートカット|Atalhos de teclado|Scorciatoie da tastiera|Sneltoetsen|Skróty klawiszowe|키보드 단축키|键盘快捷键|Kortkommandon
whats_new|What's new|Neuigkeiten|Nouveautés|Novedades|新機能|Novidades|Novità|Wat is er nieuw|Co nowego|새로운 기능|新功能|Nyheter
contact_support|Contact support|Support kontaktieren|Contacter le support|Contactar con soporte|サポートに問い合わせ|Falar com o suporte|Contatta l'assistenza|Contact opnemen met support|Skontaktuj się z pomocą|고객지원 문의|联系支持团队|Kontakta support
fullscreen|Full screen|Vollbild|Plein écran|Pantalla completa|全画面|Tela cheia|Schermo intero|Volledig scherm|Pełny ekran|전체 화면|全屏|Helskärm
comment|Add comment|Kommentar hinzufügen|Ajouter un commentaire|Añadir comentario|コメントを追加|Adicionar comentário|Aggiungi commento|Opmerking toevoegen|Dodaj komentarz|댓글 추가|添加评论|Lägg till kommentar
table|Insert table|Tabelle einfügen|Insérer un tableau|Insertar tabla|表を挿入|Inserir tabela|Inserisci tabella|Tabel invoegen|Wstaw tabelę|표 삽입|插入表格|Infoga tabell
align|Align left|Linksbündig|Aligner à gauche|Alinear a la izquierda|左揃え|Alinhar à esquerda|Allinea a sinistra|Links uitlijnen|Wyrównaj do lewej|왼쪽 정렬|左对齐|Vänsterjustera
account|Account|Konto|Compte|Cuenta|アカウント|Conta|Account|Account|Konto|계정|账户|Konto
home|Home|Startseite|Accueil|Inicio|ホーム|Início|Home|Home|Strona główna|홈|首页|Hem
inbox|Inbox|Posteingang|Boîte de réception|Recibidos|受信トレイ|Caixa de entrada|Posta in arrivo|Inbox|Odebrane|받은편지함|收件箱|Inkorg
projects|Projects|Projekte|Projets|Proyectos|プロジェクト|Projetos|Progetti|Projecten|Projekty|프로젝트|项目|Projekt
calendar|Calendar|Kalender|Calendrier|Calendario|カレンダー|Calendário|Calendario|Agenda|Kalendarz|캘린더|日历|Kalender
reports|Reports|Berichte|Rapports|Informes|レポート|Relatórios|Report|Rapporten|Raporty|보고서|报表|Rapporter
team|Team|Team|Équipe|Equipo|チーム|Equipe|Team|Team|Zespół|팀|团队|Team
issues|Issues|Vorgänge|Tickets|Incidencias|課題|Tarefas|Ticket|Issues|Zgłoszenia|이슈|事务|Ärenden
docs|Documents|Dokumente|Documents|Documentos|ドキュメント|Documentos|Documenti|Documenten|Dokumenty|문서|文档|Dokument
trash|Trash|Papierkorb|Corbeille|Papelera|ゴミ箱|Lixeira|Cestino|Prullenbak|Kosz|휴지통|回收站|Papperskorg
favorites|Favorites|Favoriten|Favoris|Favoritos|お気に入り|Favoritos|Preferiti|Favorieten|Ulubione|즐겨찾기|收藏|Favoriter
dismiss|Dismiss|Ausblenden|Ignorer|Descartar|閉じる|Dispensar|Ignora|Sluiten|Odrzuć|닫기|忽略|Avfärda
got_it|Got it|Verstanden|Compris|Entendido|了解|Entendi|Ho capito|Begrepen|Rozumiem|확인|知道了|Jag förstår
next|Next|Weiter|Suivant|Siguiente|次へ|Próximo|Avanti|Volgende|Dalej|다음|下一步|Nästa
back|Back|Zurück|Retour|Atrás|戻る|Voltar|Indietro|Terug|Wstecz|뒤로|返回|Tillbaka
skip|Skip tour|Tour überspringen|Passer la visite|Omitir recorrido|ツアーをスキップ|Pular tour|Salta il tour|Rondleiding overslaan|Pomiń przewodnik|둘러보기 건너뛰기|跳过导览|Hoppa över guiden
learn_more|Learn more|Mehr erfahren|En savoir plus|Más información|詳細|Saiba mais|Scopri di più|Meer informatie|Dowiedz się więcej|자세히 알아보기|了解更多|Läs mer
try_it|Try it now|Jetzt ausprobieren|Essayer maintenant|Pruébalo ahora|今すぐ試す|Experimente agora|Provalo ora|Nu proberen|Wypróbuj teraz|지금 사용해 보기|立即试用|Prova nu
yes|Yes|Ja|Oui|Sí|はい|Sim|Sì|Ja|Tak|예|是|Ja
no|No|Nein|Non|No|いいえ|Não|No|Nee|Nie|아니요|否|Nej
helpful|Was this page helpful?|War diese Seite hilfreich?|Cette page vous a-t-elle été utile ?|¿Te resultó útil esta página?|このページは役に立ちましたか？|Esta página foi útil?|Questa pagina ti è stata utile?|Was deze pagina nuttig?|Czy ta strona była pomocna?|이 페이지가 도움이 되었나요?|此页面是否有帮助？|Var den här sidan till hjälp?
thanks_fb|Thanks for your feedback!|Danke für Ihr Feedback!|Merci pour votre avis !|¡Gracias por tus comentarios!|フィードバックありがとうございます。|Obrigado pelo feedback!|Grazie per il tuo feedback!|Bedankt voor je feedback!|Dziękujemy za opinię!|의견을 보내 주셔서 감사합니다!|感谢您的反馈！|Tack för din feedback!
subscribe|Subscribe|Abonnieren|S'abonner|Suscribirse|購読する|Assinar|Abbonati|Abonneren|Subskrybuj|구독하기|订阅|Prenumerera
sign_in|Sign in|Anmelden|Se connecter|Iniciar sesión|ログイン|Entrar|Accedi|Inloggen|Zaloguj się|로그인|登录|Logga in
install|Install app|App installieren|Installer l'application|Instalar aplicación|アプリをインストール|Instalar app|Installa app|App installeren|Zainstaluj aplikację|앱 설치|安装应用|Installera appen
open_app|Open in app|In der App öffnen|Ouvrir dans l'application|Abrir en la app|アプリで開く|Abrir no app|Apri nell'app|Openen in app|Otwórz w aplikacji|앱에서 열기|在应用中打开|Öppna i appen
not_now|Not now|Nicht jetzt|Plus tard|Ahora no|今はしない|Agora não|Non ora|Niet nu|Nie teraz|나중에|以后再说|Inte nu
allow|Allow|Zulassen|Autoriser|Permitir|許可|Permitir|Consenti|Toestaan|Zezwól|허용|允许|Tillåt
block|Block|Blockieren|Bloquer|Bloquear|ブロック|Bloquear|Blocca|Blokkeren|Blokuj|차단|阻止|Blockera
buy_now|Buy now|Jetzt kaufen|Acheter maintenant|Comprar ahora|今すぐ購入|Comprar agora|Acquista ora|Nu kopen|Kup teraz|지금 구매|立即购买|Köp nu
add_to_cart|Add to cart|In den Warenkorb|Ajouter au panier|Añadir al carrito|カートに入れる|Adicionar ao carrinho|Aggiungi al carrello|In winkelwagen|Dodaj do koszyka|장바구니에 담기|加入购物车|Lägg i varukorgen
upgrade|Upgrade|Upgrade|Passer à la version supérieure|Mejorar plan|アップグレード|Fazer upgrade|Passa a Pro|Upgraden|Ulepsz|업그레이드|升级|Uppgradera
continue|Continue|Weiter|Continuer|Continuar|続ける|Continuar|Continua|Doorgaan|Kontynuuj|계속|继续|Fortsätt
save|Save|Speichern|Enregistrer|Guardar|保存|Salvar|Salva|Opslaan|Zapisz|저장|保存|Spara
cancel|Cancel|Abbrechen|Annuler|Cancelar|キャンセル|Cancelar|Annulla|Annuleren|Anuluj|취소|取消|Avbryt
play|Play|Abspielen|Lecture|Reproducir|再生|Reproduzir|Riproduci|Afspelen|Odtwórz|재생|播放|Spela upp
pause|Pause|Pause|Pause|Pausa|一時停止|Pausar|Pausa|Pauzeren|Wstrzymaj|일시정지|暂停|Pausa
expand|Expand player|Player vergrößern|Agrandir le lecteur|Ampliar reproductor|プレーヤーを拡大|Expandir player|Espandi player|Speler vergroten|Powiększ odtwarzacz|플레이어 확장|展开播放器|Förstora spelaren
today|Today|Heute|Aujourd'hui|Hoy|今日|Hoje|Oggi|Vandaag|Dziś|오늘|今天|Idag
show_map|Show map|Karte anzeigen|Afficher la carte|Mostrar mapa|地図を表示|Mostrar mapa|Mostra mappa|Kaart tonen|Pokaż mapę|지도 보기|显示地图|Visa karta
show_list|Show list|Liste anzeigen|Afficher la liste|Mostrar lista|リストを表示|Mostrar lista|Mostra elenco|Lijst tonen|Pokaż listę|목록 보기|显示列表|Visa lista
filters_sort|Filter & sort|Filtern & sortieren|Filtrer et trier|Filtrar y ordenar|絞り込み・並べ替え|Filtrar e ordenar|Filtra e ordina|Filteren en sorteren|Filtruj i sortuj|필터 및 정렬|筛选和排序|Filtrera och sortera
"""

T = {}
for _line in _TABLE.strip().splitlines():
    _parts = _line.split("|")
    T[_parts[0]] = dict(zip(LANGS, _parts[1:]))
    assert len(_parts) == 13, _parts[0]


def _t(key, lang):
    return T[key].get(lang) or T[key]["en"]


def _pick(d, lang, rng=None):
    """A value from a {lang: str or tuple} dict, falling back to en."""
    v = d.get(lang, d["en"])
    if isinstance(v, tuple) and rng is not None:
        return rng.choice(v)
    return v


def _attrs(rng, pairs):
    """Serialise (name, value) pairs in a shuffled order; value None drops
    the pair, True writes a bare attribute."""
    pairs = [p for p in pairs if p[1] is not None]
    rng.shuffle(pairs)
    out = []
    for k, v in pairs:
        out.append(f" {k}" if v is True else f' {k}="{esc(str(v))}"')
    return "".join(out)


def _cls(rng, *names, ob=0.3):
    return classes(rng, names, obfuscate=ob, extra_hashed=(0, 1))


def _cssmod(rng, comp, name):
    """A CSS-modules class such as styles_button__x8f2a."""
    h = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
    return f"{comp}_{name}__{h}"


def _hid(rng, n=6):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _tid(rng, value):
    """A test hook in one of the conventions apps use, or none."""
    r = rng.random()
    if r < 0.25:
        return ("data-testid", value)
    if r < 0.4:
        return ("data-qa", value)
    if r < 0.5:
        return ("data-cy", value)
    if r < 0.6:
        return ("data-test", value)
    return ("data-x", None)


ICONS = {
    "plus": "M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z",
    "edit": "M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25zM20.71 7.04a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z",
    "cart": "M7 18c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zM1 2v2h2l3.6 7.59-1.35 2.45C5.09 14.32 5 14.65 5 15c0 1.1.9 2 2 2h12v-2H7.42l1.1-2h7.45c.75 0 1.41-.41 1.75-1.03L21.7 4H5.21l-.94-2H1z",
    "menu": "M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z",
    "help": "M11 18h2v-2h-2v2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm0-14a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 0 0-4-4z",
    "up": "M7.41 15.41 12 10.83l4.59 4.58L18 14l-6-6-6 6z",
    "close": "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z",
    "bell": "M12 22c1.1 0 2-.9 2-2h-4a2 2 0 0 0 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4a1.5 1.5 0 0 0-3 0v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z",
    "gear": "M19.14 12.94a7 7 0 0 0 0-1.88l2.03-1.58-1.92-3.32-2.39.96a7 7 0 0 0-1.62-.94L14.9 3.6h-3.8l-.34 2.58a7 7 0 0 0-1.62.94l-2.39-.96-1.92 3.32 2.03 1.58a7 7 0 0 0 0 1.88l-2.03 1.58 1.92 3.32 2.39-.96c.5.38 1.04.7 1.62.94l.34 2.58h3.8l.34-2.58a7 7 0 0 0 1.62-.94l2.39.96 1.92-3.32-2.03-1.58zM12 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z",
    "share": "M18 16.08c-.76 0-1.44.3-1.96.77L8.91 12.7c.05-.23.09-.46.09-.7s-.04-.47-.09-.7l7.05-4.11A2.99 2.99 0 0 0 21 5a3 3 0 1 0-5.91.7L8.04 9.81A3 3 0 1 0 6 15c.79 0 1.5-.31 2.04-.81l7.12 4.16c-.05.21-.08.43-.08.65A2.92 2.92 0 1 0 18 16.08z",
    "search": "M15.5 14h-.79l-.28-.27A6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z",
    "mic": "M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5.3-3c0 3-2.54 5.1-5.3 5.1S6.7 14 6.7 11H5c0 3.41 2.72 6.23 6 6.72V21h2v-3.28c3.28-.48 6-3.3 6-6.72h-1.7z",
    "dots": "M12 8a2 2 0 1 0 0-4 2 2 0 0 0 0 4zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm0 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4z",
    "download": "M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z",
    "print": "M19 8H5c-1.66 0-3 1.34-3 3v6h4v4h12v-4h4v-6c0-1.66-1.34-3-3-3zm-3 11H8v-5h8v5zm3-7a1 1 0 1 1 0-2 1 1 0 0 1 0 2zm-1-9H6v4h12V3z",
    "filter": "M10 18h4v-2h-4v2zM3 6v2h18V6H3zm3 7h12v-2H6v2z",
    "person": "M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm9 7h-6v13h-2v-6h-2v6H9V9H3V7h18z",
    "cookie": "M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zM7.5 10.5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3zm2 5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3zm5 1a1 1 0 1 1 0-2 1 1 0 0 1 0 2z",
    "star": "M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z",
    "heart": "M12 21.35l-1.45-1.32C5.4 15.36 2 12.28 2 8.5 2 5.42 4.42 3 7.5 3c1.74 0 3.41.81 4.5 2.09C13.09 3.81 14.76 3 16.5 3 19.58 3 22 5.42 22 8.5c0 3.78-3.4 6.86-8.55 11.54L12 21.35z",
    "map": "M20.5 3l-.16.03L15 5.1 9 3 3.36 4.9c-.21.07-.36.25-.36.48V20.5a.5.5 0 0 0 .5.5l.16-.03L9 18.9l6 2.1 5.64-1.9c.21-.07.36-.25.36-.48V3.5a.5.5 0 0 0-.5-.5z",
    "calendar": "M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 16H5V10h14v10z",
    "globe": "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.93 6h-2.95a15.65 15.65 0 0 0-1.38-3.56A8.03 8.03 0 0 1 18.93 8zM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96z",
    "bold": "M15.6 10.79c.97-.67 1.65-1.77 1.65-2.79 0-2.26-1.75-4-4-4H7v14h7.04c2.09 0 3.71-1.7 3.71-3.79 0-1.52-.86-2.82-2.15-3.42zM10 6.5h3a1.5 1.5 0 0 1 0 3h-3v-3zm3.5 9H10v-3h3.5a1.5 1.5 0 0 1 0 3z",
    "italic": "M10 4v3h2.21l-3.42 8H6v3h8v-3h-2.21l3.42-8H18V4z",
    "link": "M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7a5 5 0 0 0 0 10h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4a5 5 0 0 0 0-10z",
    "attach": "M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6h-1.5z",
    "emoji": "M11.99 2a10 10 0 1 0 .02 20 10 10 0 0 0-.02-20zM12 20a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm3.5-9a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zm-7 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zm3.5 6.5c2.33 0 4.31-1.46 5.11-3.5H6.89c.8 2.04 2.78 3.5 5.11 3.5z",
    "sun": "M6.76 4.84l-1.8-1.79-1.41 1.41 1.79 1.79 1.42-1.41zM1 10.5h3v2H1zM11 .55h2V3.5h-2zm8.04 2.5 1.41 1.41-1.79 1.79-1.41-1.41zM17.24 18.16l1.79 1.8 1.41-1.41-1.8-1.79zM20 10.5h3v2h-3zM12 5.5a6 6 0 1 0 0 12 6 6 0 0 0 0-12zM11 19.5h2v2.95h-2zm-7.45-.96 1.41 1.41 1.79-1.8-1.41-1.41z",
}


def _svg(rng, name_or_path="plus", size=None, cls=None):
    path = ICONS.get(name_or_path, name_or_path)
    size = size or rng.choice((16, 18, 20, 24))
    c = f' class="{cls}"' if cls else rng.choice(("", "", f' class="{hashed_class(rng)}"', ' class="icon"'))
    attrs = [f'width="{size}"', f'height="{size}"', 'viewBox="0 0 24 24"', 'aria-hidden="true"']
    rng.shuffle(attrs)
    ns = rng.choice(("", ' xmlns="http://www.w3.org/2000/svg"'))
    fill = rng.choice((' fill="currentColor"', ""))
    return f'<svg{ns}{c} {" ".join(attrs)}{fill}><path d="{path}"></path></svg>'


_VPS = ((1280, 720), (1440, 900), (1920, 1080), (1366, 768), (390, 844), (1536, 864))


def _edge(rng, where, w, h, z=None, frame=None, shadow=False, position="fixed"):
    vw, vh = rng.choice(_VPS)
    w = rng.randint(*w) if isinstance(w, tuple) else w
    h = rng.randint(*h) if isinstance(h, tuple) else h
    w, h = min(w, vw), min(h, vh)
    m = rng.randint(0, 20)
    if where == "bottom":
        x, y = (vw - w) // 2, vh - h - m
    elif where == "top":
        x, y = (vw - w) // 2, 0
    elif where == "left":
        x, y = m, (vh - h) // 2
    elif where == "right":
        x, y = vw - w - m, (vh - h) // 2
    elif where == "center":
        x, y = (vw - w) // 2, (vh - h) // 2
    else:
        x, y = rng.randint(0, max(0, vw - w)), rng.randint(0, max(0, vh - h))
    return {"position": position, "rect": [x, y, w, h], "viewport": [vw, vh],
            "zIndex": z if z is not None else rng.choice((10, 100, 1000, 9999, 2147483000)),
            "frameSrc": frame, "shadowHost": shadow}


def _context(rng, d):
    at = d.get("at", "inline")
    size = d.get("size")
    frame, shadow = d.get("frame"), d.get("shadow", False)
    if at in ("br", "bl", "tr", "tl") and size and isinstance(size[0], tuple):
        ctx = _edge(rng, "any", size[0], size[1], frame=frame, shadow=shadow)
        vw, vh = ctx["viewport"]
        w, h = ctx["rect"][2:]
        m = rng.randint(12, 28)
        ctx["rect"] = [vw - w - m if at[1] == "r" else m, vh - h - m if at[0] == "b" else m, w, h]
        return ctx
    if at in ("br", "bl", "tr", "tl"):
        if size and size[1] < size[0]:
            size = (size[1], size[0])
        return fixed_context(rng, corner=at, size=size or (40, 64), frame_src=frame, shadow=shadow)
    if at in ("bottom", "top", "left", "right", "center", "any", "sticky"):
        w, h = size or ((200, 600), (40, 90))
        pos = "sticky" if at == "sticky" else "fixed"
        return _edge(rng, "top" if at == "sticky" else at, w, h, frame=frame, shadow=shadow, position=pos)
    w, h = size or ((200, 900), (20, 500))
    if not isinstance(w, tuple):
        w, h = (w, w), (h, h)
    ctx = inline_context(rng, w=w, h=h)
    if frame or shadow:
        ctx = dict(ctx, frameSrc=frame, shadowHost=shadow)
    return ctx


def _host(rng, lang, hosts=None):
    if hosts and rng.random() < 0.45:
        return rng.choice(hosts)
    if rng.random() < 0.72:
        return rng.choice(HOSTS[lang])
    return rng.choice(SITES[lang])


def _run(module, designs):
    """designs: (name, fn, n, langs). fn(rng, lang) -> dict(html, kind, src,
    at, size, frame, shadow, hosts, path). Half the examples carry a context."""
    out = []
    for name, fn, n, langs in designs:
        start = rng_for(module, name, "start").randrange(len(langs))
        for i in range(n):
            rng = rng_for(module, name, i)
            lang = langs[(start + i) % len(langs)]
            d = fn(rng, lang)
            lang = d.get("lang", lang)
            html = d["html"]
            if d.get("at", "inline") == "inline":
                html = wrap(html, rng)
            elif rng.random() < 0.25:
                html = wrap(html, rng, max_depth=1, p=0.6)
            ctx = _context(rng, d) if rng.random() < 0.5 else None
            host = _host(rng, lang, d.get("hosts"))
            url = page_url(host, rng, d.get("path"))
            out.append(example(html, url, 0, d["kind"], d["src"], lang=lang, context=ctx))
    return out


def _d(html, kind, src, at="inline", **kw):
    kw.update(html=html, kind=kind, src=src, at=at)
    return kw


# ---------------------------------------------------------------------------
# designs
# ---------------------------------------------------------------------------

def gmail_compose(rng, lang):
    lab = _t("compose", lang)
    html = (f'<div class="aic"><div class="z0"><div class="T-I T-I-KE L3" tabindex="0" role="button" '
            f'style="user-select: none;" gh="cm">{esc(lab)}</div></div></div>')
    if rng.random() < 0.5:
        html = f'<div class="{rng.choice(("aeN", "aeN WR", "aeN WR baA"))}" role="navigation">{html}</div>'
    return _d(html, "compose_button", "Gmail compose button div.T-I.T-I-KE.L3[role=button][gh=cm]", "inline",
              size=((140, 260), (48, 60)), hosts=("mail.google.com",), path="/mail/u/0/")


def mui_extended_fab(rng, lang):
    key = rng.choice(("compose", "new_message", "new_task", "create"))
    lab = _t(key, lang)
    icon = rng.choice(("EditIcon", "AddIcon", "CreateIcon"))
    html = (f'<button class="MuiButtonBase-root MuiFab-root MuiFab-extended MuiFab-sizeLarge MuiFab-primary {hashed_class(rng)}" '
            f'tabindex="0" type="button"{_attrs(rng, [("aria-label", lab if rng.random() < 0.5 else None), _tid(rng, "compose-fab")])}>'
            f'<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium {hashed_class(rng)}" focusable="false" aria-hidden="true" viewBox="0 0 24 24" '
            f'data-testid="{icon}"><path d="{ICONS["edit"] if icon != "AddIcon" else ICONS["plus"]}"></path></svg>{esc(lab)}'
            f'<span class="MuiTouchRipple-root {hashed_class(rng)}"></span></button>')
    return _d(html, "fab", "MUI extended Fab (MuiFab-extended) with EditIcon/AddIcon for compose/create",
              rng.choice(("br", "br", "bl")), size=(48, 56), hosts=("app.mailwell.io", "inbox.postbox.app"))


def md_fab(rng, lang):
    key = rng.choice(("new_message", "create", "add", "new_contact"))
    lab = _t(key, lang)
    icon = {"new_message": "edit", "create": "add", "add": "add", "new_contact": "person_add"}[key]
    variant = rng.choice(("primary", "secondary", "tertiary", "surface"))
    ext = rng.random() < 0.5
    html = (f'<md-fab{_attrs(rng, [("variant", variant), ("aria-label", lab), ("label", lab if ext else None), ("size", rng.choice(("medium", "large", None)))])}>'
            f'<md-icon slot="icon">{icon}</md-icon></md-fab>')
    return _d(html, "fab", "Material Web <md-fab> with <md-icon slot=icon> (shadow host)", "br", size=(56, 96), shadow=True)


def ionic_fab(rng, lang):
    lab = _t(rng.choice(("add", "create", "new_task")), lang)
    vert, hor = rng.choice((("bottom", "end"), ("bottom", "start"), ("top", "end"), ("bottom", "center")))
    items = ""
    if rng.random() < 0.5:
        items = ('<ion-fab-list side="top">' + "".join(
            f'<ion-fab-button aria-label="{esc(_t(k, lang))}"><ion-icon name="{ic}"></ion-icon></ion-fab-button>'
            for k, ic in (("calendar", "calendar-outline"), ("attach", "attach-outline"), ("share", "share-social-outline")))
            + '</ion-fab-list>')
    html = (f'<ion-fab slot="fixed" vertical="{vert}" horizontal="{hor}" class="md hydrated">'
            f'<ion-fab-button aria-label="{esc(lab)}" class="ion-activatable ion-focusable hydrated"><ion-icon name="add" '
            f'role="img" class="md hydrated" aria-hidden="true"></ion-icon></ion-fab-button>{items}</ion-fab>')
    return _d(html, "fab", "Ionic <ion-fab slot=fixed> > <ion-fab-button> with ion-icon add, optional ion-fab-list",
              "br" if hor == "end" else "bl", size=(56, 60), shadow=True)


def angular_mat_fab(rng, lang):
    key = rng.choice(("new_contact", "add", "new_task"))
    lab = _t(key, lang)
    icon = {"new_contact": "person_add", "add": "add", "new_task": "add_task"}[key]
    mini = rng.random() < 0.4
    kind = "mini-fab" if mini else "fab"
    html = (f'<button mat-{kind}="" color="primary" class="mdc-fab {"mdc-fab--mini mat-mdc-mini-fab" if mini else "mat-mdc-fab"} mat-primary '
            f'mat-mdc-button-base{" " + _cls(rng, "add-button") if rng.random() < 0.5 else ""}" mat-ripple-loader-uninitialized="" '
            f'mat-ripple-loader-class-name="mat-mdc-button-ripple" aria-label="{esc(lab)}">'
            f'<span class="mat-mdc-button-persistent-ripple mdc-fab__ripple"></span>'
            f'<mat-icon role="img" class="mat-icon notranslate material-icons mat-ligature-font mat-icon-no-color" aria-hidden="true" '
            f'data-mat-icon-type="font">{icon}</mat-icon><span class="mat-focus-indicator"></span>'
            f'<span class="mat-mdc-button-touch-target"></span></button>')
    return _d(html, "fab", "Angular Material button[mat-fab].mat-mdc-fab with mat-icon ligature", "br", size=(40, 56))


def tailwind_plus(rng, lang):
    lab = _t(rng.choice(("new_task", "create", "add")), lang)
    color = rng.choice(("indigo", "blue", "emerald", "violet", "sky", "rose"))
    pos = rng.choice(("bottom-6 right-6", "bottom-4 right-4", "bottom-8 right-8", "bottom-20 right-5"))
    sr = rng.random() < 0.5
    srspan = f'<span class="sr-only">{esc(lab)}</span>' if sr else ""
    html = (f'<button type="button"{_attrs(rng, [("aria-label", None if sr else lab), _tid(rng, "create-button")])} '
            f'class="fixed {pos} z-40 inline-flex h-14 w-14 items-center justify-center rounded-full bg-{color}-600 text-white shadow-lg '
            f'hover:bg-{color}-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-{color}-600">'
            f'{srspan}'
            f'<svg class="h-6 w-6" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" aria-hidden="true">'
            f'<path stroke-linecap="round" stroke-linejoin="round" d="M12 4.5v15m7.5-7.5h-15"></path></svg></button>')
    return _d(html, "fab", "Tailwind UI style fixed rounded-full create button with heroicons plus and sr-only label",
              "br", size=(56, 56), hosts=("app.sprintboard.io", "app.kanbanly.com", "app.crewplanner.com"))


def cart_fab(rng, lang):
    n = rng.randint(1, 9)
    lab = f'{_t("cart", lang)}, {n} {_t("items", lang)}'
    style = rng.randrange(3)
    if style == 0:
        html = (f'<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble" aria-label="{esc(lab)}">'
                f'{_svg(rng, "cart", 24, "icon icon-cart")}<span class="visually-hidden">{esc(_t("cart", lang))}</span>'
                f'<div class="cart-count-bubble"><span aria-hidden="true">{n}</span><span class="visually-hidden">{n} {esc(_t("items", lang))}</span></div></a>')
        src = "Shopify Dawn theme #cart-icon-bubble with .cart-count-bubble (floating variant)"
    elif style == 1:
        html = (f'<button{_attrs(rng, [("class", _cls(rng, "floating-cart", "floating-cart--visible")), ("aria-label", lab), ("type", "button"), _tid(rng, "floating-cart")])}>'
                f'{_svg(rng, "cart", 22)}<span class="{_cls(rng, "floating-cart__count")}">{n}</span></button>')
        src = "generic pattern: WooCommerce floating side cart button with count badge"
    else:
        html = (f'<div id="xoo-wsc-basket" class="xoo-wsc-basket" style="display:block"><span class="xoo-wsc-items-count">{n}</span>'
                f'<span class="xoo-wsc-bki xoo-wsc-icon-basket1"></span></div>')
        src = "WooCommerce Side Cart plugin floating basket div.xoo-wsc-basket"
    return _d(html, "cart_button", src, rng.choice(("br", "bl", "tr")), size=(48, 70),
              hosts=("shop.urbanthreads.com", "shop.tinytoys.co", "www.brewcraft-supply.com"))


def speed_dial(rng, lang):
    acts = rng.sample(("share", "print", "download", "save", "attach"), 3)
    actions = "".join(
        f'<div class="MuiSpeedDialAction-staticTooltip {hashed_class(rng)}"><button class="MuiButtonBase-root MuiFab-root MuiFab-circular MuiFab-sizeSmall '
        f'MuiFab-default MuiSpeedDialAction-fab MuiSpeedDialAction-fabClosed {hashed_class(rng)}" tabindex="-1" type="button" '
        f'aria-label="{esc(_t(a, lang))}" id="SpeedDial-action-{j}" role="menuitem">{_svg(rng, {"save": "download", "attach": "attach"}.get(a, a), 24, "MuiSvgIcon-root")}</button></div>'
        for j, a in enumerate(acts))
    html = (f'<div class="MuiSpeedDial-root MuiSpeedDial-directionUp {hashed_class(rng)}" role="presentation">'
            f'<button class="MuiButtonBase-root MuiFab-root MuiFab-circular MuiFab-sizeLarge MuiFab-primary MuiSpeedDial-fab {hashed_class(rng)}" '
            f'tabindex="0" type="button" aria-label="{esc(_t("more", lang))}" aria-haspopup="true" aria-expanded="false" aria-controls="SpeedDial-actions">'
            f'<span class="MuiSpeedDialIcon-root {hashed_class(rng)}">{_svg(rng, "plus", 24, "MuiSvgIcon-root MuiSpeedDialIcon-icon")}</span></button>'
            f'<div class="MuiSpeedDial-actions MuiSpeedDial-actionsClosed {hashed_class(rng)}" id="SpeedDial-actions" role="menu" aria-orientation="vertical">{actions}</div></div>')
    return _d(html, "speed_dial", "MUI SpeedDial: MuiSpeedDial-fab with aria-haspopup and MuiSpeedDialAction menuitems", "br", size=(56, 64))


def vuetify_fab(rng, lang):
    lab = _t(rng.choice(("add", "create", "new_contact")), lang)
    color = rng.choice(("primary", "pink", "teal", "deep-purple"))
    if rng.random() < 0.5:
        html = (f'<button type="button" class="v-btn v-btn--elevated v-btn--icon v-theme--light bg-{color} v-btn--density-default v-btn--size-large '
                f'v-btn--variant-elevated" aria-label="{esc(lab)}"><span class="v-btn__overlay"></span><span class="v-btn__underlay"></span>'
                f'<span class="v-btn__content" data-no-activator=""><i class="mdi-plus mdi v-icon notranslate v-theme--light v-icon--size-default" aria-hidden="true"></i></span></button>')
        src = "Vuetify 3 v-btn--icon elevated with mdi-plus"
    else:
        html = (f'<button type="button" class="v-btn v-btn--bottom v-btn--fab v-btn--fixed v-btn--right v-btn--round theme--dark v-size--default {color}" '
                f'aria-label="{esc(lab)}"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-plus theme--dark"></i></span></button>')
        src = "Vuetify 2 v-btn--fab v-btn--fixed v-btn--bottom v-btn--right"
    return _d(html, "fab", src, "br", size=(56, 56))


def mobile_filter_pill(rng, lang):
    n = rng.randint(0, 4)
    lab = _t("filters_sort", lang) + (f" ({n})" if n else "")
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "plp-sticky-filter", "is-visible")), _tid(rng, "mobile-filter-bar")])}>'
            f'<button type="button"{_attrs(rng, [("class", _cls(rng, "btn", "btn--pill", "btn--dark")), ("aria-controls", "filter-drawer"), ("aria-expanded", "false")])}>'
            f'{_svg(rng, "filter", 18)}<span>{esc(lab)}</span></button></div>')
    return _d(html, "filter_button", "generic pattern: sticky bottom-centre 'Filter & sort' pill on mobile product listing",
              "bottom", size=((140, 220), (40, 52)))


def map_toggle(rng, lang):
    show_map = rng.random() < 0.6
    lab = _t("show_map" if show_map else "show_list", lang)
    html = (f'<div class="{_cls(rng, "map-toggle-container")}"><button type="button"{_attrs(rng, [("class", _cls(rng, "map-toggle", "btn-floating")), _tid(rng, "map-list-toggle")])}>'
            f'<span class="{_cls(rng, "label")}">{esc(lab)}</span>{_svg(rng, "map" if show_map else "menu", 16)}</button></div>')
    return _d(html, "view_toggle", "generic pattern: floating bottom-centre 'Show map / Show list' toggle on rental search results",
              "bottom", size=((110, 160), (44, 50)), hosts=("www.pinecrest-realty.com", "www.studiolofts.com", "www.coastline-travel.com"))


_JUMP = {"en": "Jump to Recipe", "de": "Zum Rezept springen", "fr": "Aller à la recette", "es": "Ir a la receta",
         "pt": "Ir para a receita", "it": "Vai alla ricetta", "nl": "Direct naar recept", "ja": "レシピへ移動",
         "pl": "Przejdź do przepisu", "sv": "Hoppa till receptet", "ko": "레시피로 이동", "zh": "跳转到食谱"}


def jump_recipe(rng, lang):
    rid = rng.randint(1000, 99999)
    lab = _JUMP[lang]
    if rng.random() < 0.6:
        html = (f'<a href="#recipe" data-recipe="{rid}" style="color: #ffffff;background-color: #b5432f;" '
                f'class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal wprm-recipe-jump-inline-button '
                f'wprm-recipe-link-inline-button wprm-color-accent">{esc(lab)}</a>')
        src = "WP Recipe Maker a.wprm-recipe-jump 'Jump to Recipe' (floating variant)"
    else:
        html = (f'<a class="{_cls(rng, "floating-jump", "jump-to-recipe")}" href="#recipe-card-{rid}">{_svg(rng, "up", 16)}{esc(lab)}</a>')
        src = "generic pattern: floating jump-to-recipe pill on food blogs"
    return _d(html, "jump_link", src, rng.choice(("bottom", "br")), size=((120, 180), (36, 48)),
              hosts=("www.harvestkitchen.com", "www.kochschule-berlin.de"))


_CAL = {"en": "Schedule time with me", "de": "Termin vereinbaren", "fr": "Prendre rendez-vous", "es": "Reserva una cita",
        "pt": "Agende um horário", "it": "Prenota un appuntamento", "nl": "Plan een afspraak", "ja": "予約する",
        "pl": "Umów spotkanie", "sv": "Boka ett möte", "ko": "일정 예약하기", "zh": "预约时间"}


def calendly_badge(rng, lang):
    who = rng.choice(("dr-mills", "pinecrest-sales", "studio-hanna", "kanzlei-weber", "coach-lucia", "atelier-mars"))
    html = (f'<div class="calendly-badge-widget" onclick="Calendly.initPopupWidget({{url: \'https://calendly.com/{who}\'}});return false;">'
            f'<div class="calendly-badge-content" style="background:#{_hid(rng)};color:#ffffff">{esc(_CAL[lang])}'
            f'{"<span>powered by Calendly</span>" if rng.random() < 0.5 else ""}</div></div>')
    return _d(html, "booking_badge", "Calendly badge widget div.calendly-badge-widget > .calendly-badge-content", "br", size=(150, 200))


def help_fab(rng, lang):
    items = [("help_docs", "/docs"), ("shortcuts", "#shortcuts"), ("whats_new", "/changelog"), ("contact_support", "mailto:support@example.com")]
    style = rng.randrange(3)
    if style == 0:
        menu = "".join(f'<a role="menuitem" href="{h}" class="{_cls(rng, "help-menu__item")}">{esc(_t(k, lang))}</a>' for k, h in items)
        html = (f'<div class="{_cls(rng, "help-launcher")}"><button type="button"{_attrs(rng, [("aria-label", _t("help_docs", lang)), ("aria-haspopup", "menu"), ("aria-expanded", "false"), ("class", _cls(rng, "help-launcher__button"))])}>?</button>'
                f'<div role="menu" hidden class="{_cls(rng, "help-menu")}">{menu}</div></div>')
        src = "generic pattern: Notion/Linear-style bottom-right '?' help menu (docs, shortcuts, changelog)"
    elif style == 1:
        html = (f'<div role="button" tabindex="0" aria-label="{esc(_t("help", lang))}" class="{_cssmod(rng, "HelpButton", "root")}" '
                f'style="user-select:none;transition:background 20ms ease-in;cursor:pointer;display:flex;align-items:center;justify-content:center;'
                f'width:36px;height:36px;border-radius:100%;font-size:20px;box-shadow:rgba(15,15,15,0.1) 0 0 0 1px,rgba(15,15,15,0.1) 0 2px 4px">?</div>')
        src = "generic pattern: round '?' help div[role=button] with inline styles"
    else:
        html = (f'<a{_attrs(rng, [("href", rng.choice(("https://docs.queuebase.dev", "/help", "https://support.formcraft.io/hc"))), ("target", "_blank"), ("rel", "noopener"), ("class", _cls(rng, "floating-help", "btn-help")), ("title", _t("help_docs", lang))])}>'
                f'{_svg(rng, "help", 24)}<span class="{_cls(rng, "visually-hidden")}">{esc(_t("help_docs", lang))}</span></a>')
        src = "generic pattern: floating help link to the docs site"
    return _d(html, "help_button", src, rng.choice(("br", "br", "bl")), size=(36, 48),
              hosts=("app.notewise.co", "app.formcraft.io", "app.ledgerly.io", "app.planif.fr"))


def jw_floating(rng, lang):
    title = _pick({"en": ("Inside the city's new tram depot", "Highlights: late winner seals the derby"),
                   "de": ("So sieht das neue Straßenbahndepot aus",), "fr": ("Les coulisses du nouveau dépôt de tramways",),
                   "es": ("Así es la nueva cochera del tranvía",), "it": ("Dentro il nuovo deposito dei tram",),
                   "pt": ("Por dentro da nova garagem do bonde",), "ja": ("新しい路面電車の車庫を公開",)}, lang, rng)
    pid = _hid(rng, 8).upper()
    html = (f'<div class="jw-wrapper jw-reset jw-float-to-top"><div id="jwplayer_{pid}" class="jwplayer jw-reset jw-state-playing jw-flag-floating '
            f'jw-flag-user-inactive jw-stretch-uniform jw-breakpoint-1" tabindex="0" aria-label="Video Player" role="application">'
            f'<div class="jw-float-bar jw-reset"><div class="jw-float-bar-title" aria-label="{esc(title)}">{esc(title)}</div>'
            f'<div class="jw-float-icon jw-icon jw-button-color jw-reset" role="button" tabindex="0" aria-label="{esc(_t("close", lang))}"></div></div>'
            f'<div class="jw-media jw-reset"><video class="jw-video jw-reset" tabindex="-1" disableremoteplayback="" webkit-playsinline="" playsinline="" '
            f'src="blob:https://{rng.choice(HOSTS["en"])}/{_hid(rng, 8)}-{_hid(rng, 4)}"></video></div>'
            f'<div class="jw-controls jw-reset"><div class="jw-icon jw-icon-inline jw-button-color jw-reset jw-icon-playback" role="button" tabindex="0" aria-label="{esc(_t("pause", lang))}"></div></div></div></div>')
    return _d(html, "video_player", "JW Player floating mini-player .jwplayer.jw-flag-floating with .jw-float-bar close icon",
              rng.choice(("br", "bl")), size=(300, 360))


def podcast_bar(rng, lang):
    ep = _pick({"en": ("Episode 214: The bridge that almost wasn't", "Ep. 88 — Why bread rises"),
                "de": ("Folge 57: Die Brücke, die fast nicht gebaut wurde",), "fr": ("Épisode 31 : le pont qui a failli ne jamais exister",),
                "es": ("Episodio 12: El puente que casi no existió",), "it": ("Puntata 40: il ponte che non doveva esserci",),
                "nl": ("Aflevering 9: De brug die er bijna niet kwam",), "sv": ("Avsnitt 22: Bron som nästan aldrig byggdes",)}, lang, rng)
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "sticky-player", "sticky-player--open")), ("role", "region"), ("aria-label", "Audio player"), _tid(rng, "persistent-player")])}>'
            f'<img src="https://cdn.{rng.choice(HOSTS["en"])}/covers/{rng.randint(100, 999)}.jpg" alt="" width="48" height="48">'
            f'<div class="{_cls(rng, "sticky-player__meta")}"><p class="{_cls(rng, "sticky-player__title")}">{esc(ep)}</p>'
            f'<progress max="100" value="{rng.randint(1, 99)}"></progress><span>{rng.randint(1, 40)}:{rng.randint(10, 59)}</span></div>'
            f'<button type="button" aria-label="{esc(_t("pause", lang))}">{_svg(rng, "M6 19h4V5H6v14zm8-14v14h4V5h-4z", 24)}</button>'
            f'<button type="button" aria-label="{esc(_t("expand", lang))}">{_svg(rng, "up", 20)}</button></div>')
    return _d(html, "audio_player", "generic pattern: persistent sticky podcast player bar (cover, title, progress, pause)",
              "bottom", size=((360, 1280), (64, 80)))


def addtoany_rail(rng, lang):
    svcs = rng.sample(("facebook", "x", "linkedin", "email", "whatsapp", "pinterest", "reddit"), 4)
    items = "".join(f'<a class="a2a_button_{s}" href="/#{s}" title="{s.capitalize()}" rel="nofollow noopener" target="_blank">'
                    f'<span class="a2a_svg a2a_s__default a2a_s_{s}" style="background-color: rgb(0, 102, 255);"></span></a>' for s in svcs)
    html = (f'<div class="a2a_kit a2a_kit_size_32 a2a_floating_style a2a_vertical_style" style="left:0px;top:150px;background-color:transparent" '
            f'data-a2a-scroll-show="100">{items}<a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share">'
            f'<span class="a2a_svg a2a_s__default a2a_s_a2a"></span><span class="a2a_label a2a_localize" data-a2a-localize="inner,Share">{esc(_t("share", lang))}</span></a></div>')
    return _d(html, "share_bar", "AddToAny vertical floating share bar div.a2a_kit.a2a_floating_style.a2a_vertical_style",
              "left", size=((40, 48), (180, 260)))


def cookiebot_widget(rng, lang):
    side = rng.choice(("left", "right"))
    html = (f'<div id="CookiebotWidget" class="CookiebotWidget-inactive CookiebotWidget-bottom-{side} CookiebotWidget-main-logo" '
            f'style="display:block">'
            f'<button class="CookiebotWidget-logo" aria-label="{esc(_t("cookie_settings", lang))}" aria-expanded="false">'
            f'<svg width="32" height="32" viewBox="0 0 32 32" fill="none"><path d="M16 2a14 14 0 1 0 14 14A14 14 0 0 0 16 2z" fill="#1032CF"></path></svg></button></div>')
    return _d(html, "cookie_settings_button", "Cookiebot privacy trigger widget #CookiebotWidget > button.CookiebotWidget-logo",
              "bl" if side == "left" else "br", size=(44, 56))


def cookie_tab(rng, lang):
    style = rng.randrange(4)
    lab = _t(rng.choice(("cookie_settings", "consent")), lang)
    if style == 0:
        html = (f'<button class="cmplz-btn cmplz-manage-consent manage-consent-1 cmplz-show" data-cmplz="1" '
                f'style="display:block">{esc(lab)}</button>')
        src = "Complianz floating 'Manage consent' button.cmplz-manage-consent"
        at = "bottom"
    elif style == 1:
        html = (f'<button class="osano-cm-window__widget osano-cm-widget osano-cm-widget--position_{rng.choice(("left", "right"))}" '
                f'type="button" aria-label="{esc(lab)}" title="{esc(lab)}"><svg viewBox="0 0 71.85 72.23" width="40" height="40" '
                f'class="osano-cm-widget__outline osano-cm-outline" aria-hidden="true"><path d="M67.6 36.9a31.6 31.6 0 1 1-32.5-31"></path></svg></button>')
        src = "Osano cookie widget button.osano-cm-widget"
        at = rng.choice(("bl", "br"))
    elif style == 2:
        html = (f'<div id="cookie-law-info-again" style="display:block;" data-nosnippet="true"><span id="cookie_hdr_showagain">'
                f'{esc(lab)}</span></div>')
        src = "CookieLawInfo 'show again' tab #cookie-law-info-again"
        at = rng.choice(("bl", "bottom"))
    else:
        html = (f'<button type="button" class="cky-btn-revisit-wrapper cky-revisit-bottom-{rng.choice(("left", "right"))}" data-cky-tag="revisit-consent" '
                f'data-tooltip="{esc(lab)}" style="background-color:#0056a7"><span class="cky-btn-revisit" aria-label="{esc(lab)}">'
                f'<img src="https://cdn-cookieyes.com/assets/images/revisit.svg" alt="Revisit consent button"></span></button>')
        src = "CookieYes revisit-consent button .cky-btn-revisit-wrapper[data-cky-tag=revisit-consent]"
        at = "bl"
    return _d(html, "cookie_settings_button", src, at, size=(40, 160) if at == "bottom" else (40, 56))


def a11y_launchers(rng, lang):
    style = rng.randrange(4)
    lab = _t("a11y", lang)
    if style == 0:
        html = (f'<div id="ae_app" data-nosnippet="" aria-label="{esc(lab)}"><div class="ae-module"><button id="ae_launcher" '
                f'class="ae-cta-position-preset-right-lower ae-launcher ae-launcher-icon-{rng.randint(1, 4)}" aria-label="{esc(lab)}" '
                f'aria-haspopup="dialog" type="button"><div class="ae-icon"></div></button></div></div>')
        src = "AudioEye toolbar #ae_app > button#ae_launcher (approximate)"
    elif style == 1:
        html = (f'<button{_attrs(rng, [("id", "eyeAble_customToolOpenerID"), ("class", "eyeAble_customToolOpener"), ("aria-label", lab), ("type", "button")])}>'
                f'<img src="https://cdn.eye-able.com/public/images/eye-able-icon.svg" alt="Eye-Able Logo" width="48" height="48"></button>')
        src = "Eye-Able accessibility assistant opener #eyeAble_customToolOpenerID"
    elif style == 2:
        html = (f'<div{_attrs(rng, [("class", "recite-launcher"), ("id", "reciteme-launcher"), ("role", "button"), ("tabindex", "0"), ("aria-label", lab)])}>'
                f'<img src="https://api.reciteme.com/images/button.svg" alt="Recite Me accessibility tools"></div>')
        src = "Recite Me accessibility toolbar launcher (approximate)"
    else:
        html = (f'<button type="button" class="{_cssmod(rng, "A11yButton", "fab")}" aria-label="{esc(lab)}" aria-controls="a11y-drawer" '
                f'aria-expanded="false">{_svg(rng, "person", 28)}</button>')
        src = "generic pattern: CSS-modules accessibility FAB"
    return _d(html, "accessibility_widget", src, rng.choice(("br", "bl", "br")), size=(44, 64))


def menu_drawer_button(rng, lang):
    style = rng.randrange(4)
    lab = _t(rng.choice(("open_menu", "menu")), lang)
    if style == 0:
        html = (f'<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-colorInherit MuiIconButton-edgeStart MuiIconButton-sizeLarge {hashed_class(rng)}" '
                f'tabindex="0" type="button" aria-label="{esc(lab)}"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium {hashed_class(rng)}" focusable="false" '
                f'aria-hidden="true" viewBox="0 0 24 24" data-testid="MenuIcon"><path d="{ICONS["menu"]}"></path></svg></button>')
        src = "MUI AppBar IconButton edgeStart with MenuIcon (drawer toggle)"
    elif style == 1:
        html = (f'<button class="hamburger hamburger--{rng.choice(("squeeze", "spin", "elastic", "collapse"))}" type="button" aria-label="{esc(lab)}" '
                f'aria-controls="navigation" aria-expanded="false"><span class="hamburger-box"><span class="hamburger-inner"></span></span></button>')
        src = "hamburgers.css button.hamburger > .hamburger-box > .hamburger-inner"
    elif style == 2:
        html = (f'<sl-icon-button name="list" label="{esc(lab)}" class="{_cls(rng, "drawer-toggle")}"></sl-icon-button>')
        src = "Shoelace <sl-icon-button name=list label=…> drawer toggle"
    else:
        html = (f'<button{_attrs(rng, [("class", _cls(rng, "mobile-nav-toggle")), ("aria-label", lab), ("aria-expanded", "false"), ("data-bs-toggle", "offcanvas"), ("data-bs-target", "#offcanvasNav")])}>'
                f'<span class="navbar-toggler-icon"></span></button>')
        src = "Bootstrap offcanvas toggler button[data-bs-toggle=offcanvas]"
    return _d(html, "menu_button", src, rng.choice(("tl", "tr", "br")), size=(40, 56))


def back_top_custom(rng, lang):
    style = rng.randrange(4)
    lab = _t("back_to_top", lang)
    if style == 0:
        html = f'<sl-button variant="default" size="large" circle class="back-to-top"><sl-icon name="arrow-up" label="{esc(lab)}"></sl-icon></sl-button>'
        src = "Shoelace sl-button circle with sl-icon arrow-up"
    elif style == 1:
        html = (f'<md-filled-icon-button aria-label="{esc(lab)}" class="{_cls(rng, "scroll-top")}"><md-icon>arrow_upward</md-icon></md-filled-icon-button>')
        src = "Material Web md-filled-icon-button arrow_upward"
    elif style == 2:
        html = (f'<ion-fab slot="fixed" vertical="bottom" horizontal="end"><ion-fab-button size="small" aria-label="{esc(lab)}">'
                f'<ion-icon name="arrow-up-outline"></ion-icon></ion-fab-button></ion-fab>')
        src = "Ionic small ion-fab-button arrow-up-outline"
    else:
        c2 = _cssmod(rng, "ScrollToTop", "button") + " " + _cssmod(rng, "ScrollToTop", "visible")
        html = (f'<button type="button"{_attrs(rng, [("class", c2), ("aria-label", lab), _tid(rng, "scroll-to-top")])}>'
                f'{_svg(rng, "up", 20)}</button>')
        src = "generic pattern: CSS-modules ScrollToTop_button"
    return _d(html, "back_to_top", src, "br", size=(40, 56), shadow=style < 3)


def push_bell(rng, lang):
    style = rng.randrange(2)
    if style == 0:
        html = (f'<div id="onesignal-bell-container" class="onesignal-bell-container onesignal-reset onesignal-bell-container-bottom-{rng.choice(("right", "left"))}">'
                f'<div id="onesignal-bell-launcher" class="onesignal-bell-launcher onesignal-bell-launcher-md onesignal-bell-launcher-theme-default onesignal-bell-launcher-active">'
                f'<div class="onesignal-bell-launcher-button"><svg class="onesignal-bell-svg" xmlns="http://www.w3.org/2000/svg" width="99.7" height="99.7" viewBox="0 0 99.7 99.7">'
                f'<circle class="background" cx="49.9" cy="49.9" r="49.9"></circle></svg></div>'
                f'<div class="onesignal-bell-launcher-badge"></div><div class="onesignal-bell-launcher-message"><div class="onesignal-bell-launcher-message-body">'
                f'{esc(_pick({"en": "Subscribe to notifications", "de": "Benachrichtigungen abonnieren", "fr": "S’abonner aux notifications", "es": "Suscribirse a las notificaciones"}, lang))}</div></div></div></div>')
        src = "OneSignal subscription bell #onesignal-bell-container > #onesignal-bell-launcher"
    else:
        html = (f'<div class="{_cls(rng, "webpush-bell")}" role="button" tabindex="0" aria-label="{esc(_t("notifications", lang))}">{_svg(rng, "bell", 26)}</div>')
        src = "generic pattern: web-push subscription bell"
    return _d(html, "notification_bell", src, rng.choice(("br", "bl")), size=(48, 64))


DESIGNS = (
    ("gmail_compose", gmail_compose, 6, LANGS),
    ("mui_extended_fab", mui_extended_fab, 7, LANGS),
    ("md_fab", md_fab, 6, LANGS),
    ("ionic_fab", ionic_fab, 6, LANGS),
    ("angular_mat_fab", angular_mat_fab, 5, LANGS),
    ("tailwind_plus", tailwind_plus, 6, LANGS),
    ("cart_fab", cart_fab, 7, LANGS),
    ("speed_dial", speed_dial, 5, LANGS),
    ("vuetify_fab", vuetify_fab, 5, LANGS),
    ("mobile_filter_pill", mobile_filter_pill, 6, LANGS),
    ("map_toggle", map_toggle, 5, LANGS),
    ("jump_recipe", jump_recipe, 6, LANGS),
    ("calendly_badge", calendly_badge, 5, LANGS),
    ("help_fab", help_fab, 8, LANGS),
    ("jw_floating", jw_floating, 5, ("en", "de", "fr", "es", "it", "pt", "ja")),
    ("podcast_bar", podcast_bar, 5, ("en", "de", "fr", "es", "it", "nl", "sv")),
    ("addtoany_rail", addtoany_rail, 5, LANGS),
    ("cookiebot_widget", cookiebot_widget, 6, LANGS),
    ("cookie_tab", cookie_tab, 7, LANGS),
    ("a11y_launchers", a11y_launchers, 7, LANGS),
    ("menu_drawer_button", menu_drawer_button, 7, LANGS),
    ("back_top_custom", back_top_custom, 6, LANGS),
    ("push_bell", push_bell, 4, ("en", "de", "fr", "es")),
)


def examples():
    return _run("neg_longtail_fabs", DESIGNS)
