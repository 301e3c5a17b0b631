"""Ordinary shop furniture (label 0): product cards and grids, carousels,
cart drawers and mini-carts, payment iframes and wallet buttons (Stripe,
PayPal, Apple Pay, Google Pay), pricing tables, rating stars and human
customer reviews, review widgets, variant pickers, sticky add-to-cart bars."""
from corpus.common import esc
from corpus.sources.neg_page_ui import (LANGS, _attrs, _box, _cls, _emit, _flow,
                                        _hid, _svg, _t)

_PRODUCTS = {
    "en": ("Merino crew sweater", "Cast-iron skillet 26 cm", "Trail running shoes", "Ceramic pour-over set", "Waxed canvas backpack", "Linen duvet cover"),
    "de": ("Merino-Pullover", "Gusseisenpfanne 26 cm", "Trailrunning-Schuhe", "Keramik-Kaffeefilter-Set", "Rucksack aus gewachstem Canvas", "Leinen-Bettbezug"),
    "fr": ("Pull col rond en mérinos", "Poêle en fonte 26 cm", "Chaussures de trail", "Set de café filtre en céramique", "Sac à dos en toile cirée", "Housse de couette en lin"),
    "es": ("Jersey de merino", "Sartén de hierro fundido 26 cm", "Zapatillas de trail", "Set de café de filtro cerámico", "Mochila de lona encerada", "Funda nórdica de lino"),
    "ja": ("メリノウール クルーネックセーター", "鋳鉄スキレット 26cm", "トレイルランニングシューズ", "陶器ドリッパーセット", "ワックスキャンバス リュック", "リネン 掛け布団カバー"),
    "pt": ("Suéter de lã merino", "Frigideira de ferro fundido 26 cm", "Tênis de trail running", "Kit de café coado em cerâmica", "Mochila de lona encerada", "Capa de edredom de linho"),
    "it": ("Maglione girocollo in merino", "Padella in ghisa 26 cm", "Scarpe da trail running", "Set caffè filtro in ceramica", "Zaino in tela cerata", "Copripiumino in lino"),
    "nl": ("Merino trui", "Gietijzeren koekenpan 26 cm", "Trailschoenen", "Keramische koffiefilterset", "Rugzak van gewaxt canvas", "Linnen dekbedovertrek"),
    "pl": ("Sweter z wełny merino", "Patelnia żeliwna 26 cm", "Buty do biegania w terenie", "Ceramiczny zestaw do przelewu", "Plecak z woskowanego płótna", "Lniana poszwa na kołdrę"),
    "ko": ("메리노 울 크루넥 스웨터", "무쇠 스킬렛 26cm", "트레일 러닝화", "세라믹 핸드드립 세트", "왁스 캔버스 백팩", "린넨 이불 커버"),
    "zh": ("美利奴羊毛圆领毛衣", "铸铁煎锅 26 厘米", "越野跑鞋", "陶瓷手冲咖啡套装", "油蜡帆布双肩包", "亚麻被套"),
    "sv": ("Tröja i merinoull", "Stekpanna i gjutjärn 26 cm", "Traillöparskor", "Kaffebryggare i keramik", "Ryggsäck i vaxad canvas", "Påslakan i linne"),
}
_CUR = {"en": ("$", "{c}{v:.2f}"), "de": ("€", "{v:.2f} {c}"), "fr": ("€", "{v:.2f} {c}"), "es": ("€", "{v:.2f} {c}"),
        "ja": ("¥", "{c}{v:,.0f}"), "pt": ("R$", "{c} {v:.2f}"), "it": ("€", "{v:.2f} {c}"), "nl": ("€", "{c} {v:.2f}"),
        "pl": ("zł", "{v:.2f} {c}"), "ko": ("원", "{v:,.0f}{c}"), "zh": ("¥", "{c}{v:.2f}"), "sv": ("kr", "{v:.0f} {c}")}
_REVIEWS = {
    "en": (("Sarah T.", 5, "Fits true to size and the wool doesn't itch at all. I bought a second colour a week later."),
           ("Mike", 4, "Heavy but heats evenly. Took a few uses to get the seasoning right."),
           ("Jen P.", 3, "Comfortable, but the laces came undone constantly on my first long run.")),
    "de": (("Anna S.", 5, "Passt perfekt und kratzt überhaupt nicht. Habe direkt eine zweite Farbe bestellt."),
           ("Thomas", 4, "Schwer, aber verteilt die Hitze sehr gleichmäßig. Lieferung war schnell.")),
    "fr": (("Claire", 5, "Taille parfaitement et la laine ne gratte pas du tout. Très contente de mon achat."),
           ("Julien M.", 4, "Lourde mais chauffe de manière homogène. Livraison rapide.")),
    "es": (("Laura G.", 5, "La talla es perfecta y la lana no pica nada. Ya he pedido otro color."),
           ("Javier", 4, "Pesa bastante, pero reparte muy bien el calor. Envío rápido.")),
    "ja": (("ゆき", 5, "サイズぴったりでチクチクしません。色違いも購入しました。"), ("こうじ", 4, "重いですが熱の伝わり方が均一です。配送も早かったです。")),
    "pt": (("Beatriz", 5, "Veste perfeitamente e a lã não pinica. Já comprei outra cor."), ("Lucas", 4, "É pesada, mas esquenta por igual. Entrega rápida.")),
    "it": (("Chiara", 5, "Veste perfettamente e la lana non pizzica. Ne ho preso un altro colore."), ("Luca B.", 4, "Pesante ma scalda in modo uniforme. Spedizione veloce.")),
    "nl": (("Lotte", 5, "Valt precies goed en de wol kriebelt helemaal niet. Meteen een tweede kleur besteld."), ("Bram", 4, "Zwaar, maar verdeelt de warmte heel gelijkmatig.")),
    "pl": (("Magda", 5, "Rozmiar idealny, wełna w ogóle nie gryzie. Zamówiłam drugi kolor."), ("Paweł", 4, "Ciężka, ale równo się nagrzewa. Szybka dostawa.")),
    "ko": (("수진", 5, "사이즈가 딱 맞고 전혀 따갑지 않아요. 다른 색도 샀어요."), ("현우", 4, "무겁지만 열이 고르게 전달됩니다. 배송도 빨랐어요.")),
    "zh": (("小雨", 5, "尺码很准，羊毛一点都不扎。又买了另一个颜色。"), ("老王", 4, "有点重，但受热很均匀，发货也快。")),
    "sv": (("Maja", 5, "Passar perfekt och ullen kliar inte alls. Beställde en till i annan färg."), ("Erik", 4, "Tung men värmer jämnt. Snabb leverans.")),
}
_PLANS = {
    "en": ("Starter", "Team", "Business"), "de": ("Basis", "Team", "Business"), "fr": ("Essentiel", "Équipe", "Entreprise"),
    "es": ("Básico", "Equipo", "Empresa"), "ja": ("スターター", "チーム", "ビジネス"), "pt": ("Básico", "Equipe", "Empresa"),
    "it": ("Base", "Team", "Business"), "nl": ("Basis", "Team", "Zakelijk"), "pl": ("Podstawowy", "Zespół", "Firma"),
    "ko": ("스타터", "팀", "비즈니스"), "zh": ("入门版", "团队版", "企业版"), "sv": ("Bas", "Team", "Företag"),
}
_FEATURES = {
    "en": ("Unlimited projects", "10 GB storage", "Priority email support", "Single sign-on (SSO)", "Audit log", "Custom domains"),
    "de": ("Unbegrenzte Projekte", "10 GB Speicher", "Priorisierter E-Mail-Support", "Single Sign-on (SSO)", "Audit-Log", "Eigene Domains"),
    "fr": ("Projets illimités", "10 Go de stockage", "Support e-mail prioritaire", "Authentification unique (SSO)", "Journal d'audit", "Domaines personnalisés"),
    "es": ("Proyectos ilimitados", "10 GB de almacenamiento", "Soporte prioritario por correo", "Inicio de sesión único (SSO)", "Registro de auditoría", "Dominios propios"),
    "ja": ("プロジェクト無制限", "10GBストレージ", "優先メールサポート", "シングルサインオン（SSO）", "監査ログ", "独自ドメイン"),
    "pt": ("Projetos ilimitados", "10 GB de armazenamento", "Suporte prioritário por e-mail", "Login único (SSO)", "Log de auditoria", "Domínios próprios"),
    "it": ("Progetti illimitati", "10 GB di spazio", "Supporto email prioritario", "Single sign-on (SSO)", "Registro di audit", "Domini personalizzati"),
    "nl": ("Onbeperkt projecten", "10 GB opslag", "Voorrang bij e-mailsupport", "Single sign-on (SSO)", "Auditlog", "Eigen domeinen"),
    "pl": ("Nielimitowane projekty", "10 GB miejsca", "Priorytetowe wsparcie e-mail", "Logowanie jednokrotne (SSO)", "Dziennik audytu", "Własne domeny"),
    "ko": ("프로젝트 무제한", "10GB 저장 공간", "우선 이메일 지원", "싱글 사인온(SSO)", "감사 로그", "사용자 지정 도메인"),
    "zh": ("无限项目", "10 GB 存储空间", "优先邮件支持", "单点登录 (SSO)", "审计日志", "自定义域名"),
    "sv": ("Obegränsat antal projekt", "10 GB lagring", "Prioriterad e-postsupport", "Enkel inloggning (SSO)", "Granskningslogg", "Egna domäner"),
}
_STARS = {"en": "Rated {} out of 5", "de": "Bewertet mit {} von 5", "fr": "Noté {} sur 5", "es": "Valorado con {} de 5",
          "ja": "5つ星のうち{}", "pt": "Avaliado em {} de 5", "it": "Valutato {} su 5", "nl": "Beoordeeld met {} van 5",
          "pl": "Ocena {} na 5", "ko": "5점 만점에 {}점", "zh": "评分 {}/5", "sv": "Betyg {} av 5"}
_ALSO = {"en": "You may also like", "de": "Das könnte dir auch gefallen", "fr": "Vous aimerez aussi", "es": "También te puede gustar",
         "ja": "こちらもおすすめ", "pt": "Você também pode gostar", "it": "Potrebbe piacerti anche", "nl": "Misschien ook iets voor jou",
         "pl": "Może Ci się spodobać", "ko": "함께 보면 좋은 상품", "zh": "猜你喜欢", "sv": "Du kanske också gillar"}
_NOTIFY = {"en": "Notify me when available", "de": "Benachrichtigen, wenn verfügbar", "fr": "M'avertir du retour en stock",
           "es": "Avísame cuando esté disponible", "ja": "入荷お知らせを受け取る", "pt": "Avise-me quando chegar",
           "it": "Avvisami quando disponibile", "nl": "Mail mij bij voorraad", "pl": "Powiadom o dostępności",
           "ko": "재입고 알림 받기", "zh": "到货通知我", "sv": "Meddela mig när den finns i lager"}
_COUPON = {"en": "Discount code", "de": "Rabattcode", "fr": "Code promo", "es": "Código de descuento", "ja": "クーポンコード",
           "pt": "Cupom de desconto", "it": "Codice sconto", "nl": "Kortingscode", "pl": "Kod rabatowy", "ko": "할인 코드",
           "zh": "优惠码", "sv": "Rabattkod"}
_APPLY = {"en": "Apply", "de": "Einlösen", "fr": "Appliquer", "es": "Aplicar", "ja": "適用", "pt": "Aplicar", "it": "Applica",
          "nl": "Toepassen", "pl": "Zastosuj", "ko": "적용", "zh": "使用", "sv": "Använd"}
_AWAY = {"en": "You're {} away from free shipping", "de": "Noch {} bis zum kostenlosen Versand", "fr": "Plus que {} pour la livraison offerte",
         "es": "Te faltan {} para el envío gratis", "ja": "あと{}で送料無料", "pt": "Faltam {} para o frete grátis",
         "it": "Ti mancano {} per la spedizione gratuita", "nl": "Nog {} tot gratis verzending", "pl": "Brakuje {} do darmowej dostawy",
         "ko": "{} 더 담으면 무료 배송", "zh": "再买 {} 即可包邮", "sv": "{} kvar till fri frakt"}


def _price(rng, lang, lo=12, hi=240):
    c, fmt = _CUR[lang]
    v = rng.uniform(lo, hi)
    if lang in ("ja", "ko"):
        v = round(v * (150 if lang == "ja" else 1400), -1)
    out = fmt.format(c=c, v=v)
    if lang in ("de", "fr", "es", "pt", "it", "nl", "pl", "sv"):
        out = out.replace(".", ",")
    return out


def _product_card(rng, lang):
    name = rng.choice(_PRODUCTS[lang])
    slug = "item-" + str(rng.randint(1000, 99999))
    price = _price(rng, lang)
    style = rng.randrange(3)
    if style == 0:
        cid = rng.randint(10 ** 12, 10 ** 13)
        html = (f'<div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media" style="--ratio-percent: 125%;">'
                f'<div class="card__inner ratio" style="--ratio-percent: 125%;"><div class="card__media"><div class="media media--transparent media--hover-effect">'
                f'<img src="//{rng.choice(("shop.brightlane.com", "cdn.shopify.com"))}/cdn/shop/files/{_hid(rng, 8)}.jpg?v=1&width=533" alt="{esc(name)}" class="motion-reduce" loading="lazy" width="1080" height="1350"></div></div></div>'
                f'<div class="card__content"><div class="card__information"><h3 class="card__heading h5" id="title-template--{cid}"><a href="/products/{slug}" id="CardLink-template--{cid}" '
                f'class="full-unstyled-link" aria-labelledby="CardLink-template--{cid} Badge-template--{cid}">{esc(name)}</a></h3><div class="card-information">'
                f'<div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">{esc(_t("price", lang))}</span>'
                f'<span class="price-item price-item--regular">{esc(price)}</span></div></div></div></div></div></div></div></div>')
        src = "Shopify Dawn product card .card-wrapper.product-card-wrapper"
    elif style == 1:
        pid = rng.randint(100, 9999)
        html = (f'<li class="product type-product post-{pid} status-publish instock product_cat-{rng.choice(("kitchen", "outdoor", "apparel"))} has-post-thumbnail shipping-taxable purchasable product-type-simple">'
                f'<a href="/product/{slug}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><img width="300" height="300" src="/wp-content/uploads/{slug}-300x300.jpg" '
                f'class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="{esc(name)}" decoding="async" loading="lazy">'
                f'<h2 class="woocommerce-loop-product__title">{esc(name)}</h2><span class="price"><span class="woocommerce-Price-amount amount"><bdi>{esc(price)}</bdi></span></span></a>'
                f'<a href="?add-to-cart={pid}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="{pid}" '
                f'aria-label="{esc(_t("add_to_cart", lang))}: “{esc(name)}”" rel="nofollow">{esc(_t("add_to_cart", lang))}</a></li>')
        src = "WooCommerce loop product li.product with ajax_add_to_cart button"
    else:
        badge = rng.choice((_t("new_arrivals", lang), _t("sale", lang), _t("sold_out", lang), None))
        html = (f'<article class="{_cls(rng, "product-tile", "ProductCard")}" data-product-id="{rng.randint(10000, 99999)}">'
                f'<a href="/p/{slug}" class="{_cls(rng, "product-tile__link")}"><img src="/img/products/{_hid(rng, 6)}_400.webp" alt="{esc(name)}" loading="lazy">'
                + (f'<span class="{_cls(rng, "badge")}">{esc(badge)}</span>' if badge else "")
                + f'<h3 class="{_cls(rng, "product-tile__name")}">{esc(name)}</h3></a><p class="{_cls(rng, "product-tile__price")}">{esc(price)}</p>'
                f'<button type="button" class="{_cls(rng, "wishlist-toggle")}" aria-pressed="false" aria-label="{esc(_t("wishlist", lang))}">{_svg(rng)}</button></article>')
        src = "generic pattern: product tile with badge, price and wishlist heart"
    return html, "product_card", src, _flow(rng, (160, 360), (280, 520))


def _carousel(rng, lang):
    names = rng.sample(_PRODUCTS[lang], rng.randint(3, 5))
    style = rng.randrange(4)
    title = f'<h2>{esc(_ALSO[lang])}</h2>' if rng.random() < 0.6 else ""
    if style == 0:
        slides = "".join(f'<div class="swiper-slide{" swiper-slide-active" if j == 0 else ""}" role="group" aria-label="{j + 1} / {len(names)}"><a href="/p/{_hid(rng, 5)}">'
                         f'<img src="/img/{_hid(rng, 6)}.jpg" alt="{esc(n)}" loading="lazy"><span>{esc(n)}</span><span>{esc(_price(rng, lang))}</span></a></div>' for j, n in enumerate(names))
        wid = "swiper-wrapper-" + _hid(rng, 16)
        html = (f'<div class="swiper swiper-initialized swiper-horizontal swiper-backface-hidden">{title}<div class="swiper-wrapper" id="{wid}" aria-live="polite">{slides}</div>'
                f'<div class="swiper-button-prev swiper-button-disabled" tabindex="-1" role="button" aria-label="{esc(_t("slide_prev", lang))}" aria-controls="{wid}" aria-disabled="true"></div>'
                f'<div class="swiper-button-next" tabindex="0" role="button" aria-label="{esc(_t("slide_next", lang))}" aria-controls="{wid}" aria-disabled="false"></div>'
                f'<div class="swiper-pagination swiper-pagination-clickable swiper-pagination-bullets swiper-pagination-horizontal">'
                + "".join(f'<span class="swiper-pagination-bullet{" swiper-pagination-bullet-active" if j == 0 else ""}" tabindex="0" role="button" aria-label="{esc(_t("go_to_slide", lang))} {j + 1}"></span>' for j in range(len(names)))
                + '</div></div>')
        src = "Swiper 11 carousel with a11y labels (swiper-button-next/prev, pagination bullets)"
    elif style == 1:
        slides = "".join(f'<div class="slick-slide{" slick-current slick-active" if j == 0 else ""}" data-slick-index="{j}" aria-hidden="{str(j != 0).lower()}" tabindex="-1">'
                         f'<div><img src="/img/{_hid(rng, 6)}.jpg" alt="{esc(n)}"></div></div>' for j, n in enumerate(names))
        html = (f'<div class="slick-slider slick-initialized" dir="ltr">{title}<button type="button" data-role="none" class="slick-arrow slick-prev" aria-label="Previous">Previous</button>'
                f'<div class="slick-list"><div class="slick-track" style="opacity:1;transform:translate3d(0px,0px,0px)">{slides}</div></div>'
                f'<button type="button" data-role="none" class="slick-arrow slick-next" aria-label="Next">Next</button><ul class="slick-dots" role="tablist">'
                + "".join(f'<li role="presentation"{" class=" + chr(34) + "slick-active" + chr(34) if j == 0 else ""}><button type="button" role="tab">{j + 1}</button></li>' for j in range(len(names)))
                + '</ul></div>')
        src = "Slick carousel (react-slick) .slick-slider with slick-prev/next arrows and dots"
    elif style == 2:
        sid = "splide" + f"{rng.randint(1, 20):02d}"
        slides = "".join(f'<li class="splide__slide{" is-active is-visible" if j == 0 else ""}" id="{sid}-slide{j + 1:02d}" role="group" aria-roledescription="slide" aria-label="{j + 1} of {len(names)}">'
                         f'<img src="/img/{_hid(rng, 6)}.jpg" alt="{esc(n)}"></li>' for j, n in enumerate(names))
        html = (f'<section class="splide is-initialized splide--slide splide--ltr splide--draggable is-active" id="{sid}" aria-roledescription="carousel" aria-label="{esc(_ALSO[lang])}">'
                f'<div class="splide__arrows splide__arrows--ltr"><button class="splide__arrow splide__arrow--prev" type="button" aria-label="{esc(_t("slide_prev", lang))}" aria-controls="{sid}-track" disabled>{_svg(rng)}</button>'
                f'<button class="splide__arrow splide__arrow--next" type="button" aria-label="{esc(_t("slide_next", lang))}" aria-controls="{sid}-track">{_svg(rng)}</button></div>'
                f'<div class="splide__track splide__track--slide splide__track--ltr splide__track--draggable" id="{sid}-track" aria-live="polite" aria-atomic="true"><ul class="splide__list" id="{sid}-list" role="presentation">{slides}</ul></div></section>')
        src = "Splide carousel section.splide[aria-roledescription=carousel]"
    else:
        cards = "".join(f'<li class="{_cls(rng, "rail__item")}"><a href="/p/{_hid(rng, 5)}"><img src="/img/{_hid(rng, 6)}.jpg" alt="" loading="lazy"><span>{esc(n)}</span></a></li>' for n in names)
        html = (f'<section class="{_cls(rng, "product-rail")}" aria-labelledby="rail-{_hid(rng, 3)}"><h2 id="rail-x">{esc(_ALSO[lang])}</h2><ul class="{_cls(rng, "rail__list")}">{cards}</ul>'
                f'<button class="{_cls(rng, "rail__btn", "rail__btn--next")}" aria-label="{esc(_t("next", lang))}">{_svg(rng)}</button></section>')
        src = "generic pattern: horizontally scrolling product recommendation rail"
    return html, "carousel", src, _flow(rng, (600, 1280), (260, 480))


def _cart_drawer(rng, lang):
    name = rng.choice(_PRODUCTS[lang])
    empty = rng.random() < 0.3
    if rng.random() < 0.6:
        items = "" if empty else (
            f'<tr id="CartDrawer-Item-1" class="cart-item" role="row"><td class="cart-item__media" role="cell"><img class="cart-item__image" src="/cdn/shop/files/{_hid(rng, 8)}.jpg?width=150" alt="" loading="lazy" width="150" height="150"></td>'
            f'<td class="cart-item__details" role="cell"><a href="/products/{_hid(rng, 6)}" class="cart-item__name h4 break">{esc(name)}</a><div class="product-option">{esc(_price(rng, lang))}</div></td>'
            f'<td class="cart-item__quantity" role="cell"><quantity-input class="quantity cart-quantity"><button class="quantity__button" name="minus" type="button">−</button>'
            f'<input class="quantity__input" type="number" data-quantity-variant-id="{rng.randint(10 ** 13, 10 ** 14)}" name="updates[]" value="1" min="0" aria-label="{esc(_t("quantity", lang))}" id="Drawer-quantity-1" data-index="1">'
            f'<button class="quantity__button" name="plus" type="button">+</button></quantity-input><cart-remove-button id="CartDrawer-Remove-1" data-index="1">'
            f'<button type="button" class="button button--tertiary cart-remove-button" aria-label="{esc(_t("remove", lang))} - {esc(name)}" data-variant-id="1">{_svg(rng)}</button></cart-remove-button></td></tr>')
        body = (f'<div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content"><h2 class="cart__empty-text">{esc(_t("cart_empty", lang))}</h2>'
                f'<a href="/collections/all" class="button">{esc(_t("continue_shopping", lang))}</a></div></div></div>') if empty else (
                f'<cart-drawer-items><form action="/cart" id="CartDrawer-Form" class="cart__contents cart-drawer__form" method="post"><div id="CartDrawer-CartItems" class="drawer__contents js-contents">'
                f'<div class="drawer__cart-items-wrapper"><table class="cart-items" role="table"><tbody role="rowgroup">{items}</tbody></table></div></div></form></cart-drawer-items>'
                f'<div class="drawer__footer"><div class="cart-drawer__footer"><div class="totals" role="status"><h2 class="totals__total">{esc(_t("subtotal", lang))}</h2>'
                f'<p class="totals__total-value">{esc(_price(rng, lang))}</p></div></div><div class="cart__ctas"><button type="submit" id="CartDrawer-Checkout" class="cart__checkout-button button" name="checkout" form="CartDrawer-Form">'
                f'{esc(_t("checkout", lang))}</button></div></div>')
        html = (f'<cart-drawer class="drawer active{" is-empty" if empty else ""}"><div id="CartDrawer" class="cart-drawer"><div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div>'
                f'<div class="drawer__inner" role="dialog" aria-modal="true" aria-label="{esc(_t("your_cart", lang))}" tabindex="-1"><div class="drawer__header">'
                f'<h2 class="drawer__heading">{esc(_t("your_cart", lang))}</h2><button class="drawer__close" type="button" onclick="this.closest(\'cart-drawer\').close()" '
                f'aria-label="{esc(_t("close", lang))}">{_svg(rng, "M6 6l12 12M18 6L6 18")}</button></div>{body}</div></div></cart-drawer>')
        src = "Shopify Dawn <cart-drawer> with drawer__inner[role=dialog], quantity-input and CartDrawer-Checkout"
    else:
        item = "" if empty else (
            f'<li class="woocommerce-mini-cart-item mini_cart_item"><a href="?remove_item={_hid(rng, 32)}" class="remove remove_from_cart_button" aria-label="{esc(_t("remove", lang))} {esc(name)}" '
            f'data-product_id="{rng.randint(10, 999)}">×</a><a href="/product/{_hid(rng, 6)}/"><img width="300" height="300" src="/wp-content/uploads/{_hid(rng, 6)}-300x300.jpg" alt="" decoding="async">{esc(name)}</a>'
            f'<span class="quantity">1 × <span class="woocommerce-Price-amount amount"><bdi>{esc(_price(rng, lang))}</bdi></span></span></li>')
        html = ('<div class="widget_shopping_cart_content">' + (
            f'<p class="woocommerce-mini-cart__empty-message">{esc(_t("cart_empty", lang))}</p>' if empty else
            f'<ul class="woocommerce-mini-cart cart_list product_list_widget">{item}</ul><p class="woocommerce-mini-cart__total total"><strong>{esc(_t("subtotal", lang))}:</strong> '
            f'<span class="woocommerce-Price-amount amount"><bdi>{esc(_price(rng, lang))}</bdi></span></p><p class="woocommerce-mini-cart__buttons buttons">'
            f'<a href="/cart/" class="button wc-forward">{esc(_t("cart", lang))}</a><a href="/checkout/" class="button checkout wc-forward">{esc(_t("checkout", lang))}</a></p>') + '</div>')
        src = "WooCommerce mini-cart .widget_shopping_cart_content"
    return html, "cart_drawer", src, _box(rng, "drawer", (360, 480), 100)


def _stripe(rng, lang):
    style = rng.randrange(3)
    rng.randint(0, 9)  # drawn for nothing, kept so the seeded stream (and the corpus) stays as committed
    if style == 0:
        kind = rng.choice(("card", "cardNumber", "payment"))
        src = f"https://js.stripe.com/v3/elements-inner-{'payment' if kind == 'payment' else 'card'}-{_hid(rng, 32)}.html#wait=false&rtl=false&locale={lang}"
        html = (f'<div class="__PrivateStripeElement" style="margin:0!important;padding:0!important;border:none!important;display:block!important;background:transparent!important;position:relative!important;opacity:1!important">'
                f'<iframe name="__privateStripeFrame{rng.randint(1000, 9999)}" frameborder="0" allowtransparency="true" scrolling="no" role="presentation" '
                f'allow="payment *; publickey-credentials-get *" src="{esc(src)}" title="{esc(_t("secure_card", lang))}" '
                f'style="border:none!important;margin:0!important;padding:0!important;width:1px!important;min-width:100%!important;overflow:hidden!important;display:block!important;user-select:none!important;height:{rng.choice((19, 24, 212, 260))}px"></iframe>'
                f'<input class="__PrivateStripeElement-input" aria-hidden="true" aria-label=" " autocomplete="false" maxlength="1" style="border:none!important;display:block!important;position:absolute!important;height:1px!important;top:-1px!important;left:0!important;padding:0!important;margin:0!important;width:100%!important;opacity:0!important;background:transparent!important;pointer-events:none!important;font-size:16px!important"></div>')
        if rng.random() < 0.5:
            html = f'<div id="card-element" class="StripeElement StripeElement--empty">{html}</div>'
        return html, "payment_form", "Stripe Elements .__PrivateStripeElement > iframe[name^=__privateStripeFrame][title='Secure card payment input frame']", _flow(rng, (300, 560), (40, 260), frame="https://js.stripe.com/v3/")
    if style == 1:
        html = (f'<form id="payment-form" class="{_cls(rng, "checkout-form")}"><div id="payment-element"><!--Stripe.js injects the Payment Element--></div>'
                f'<button id="submit" class="{_cls(rng, "btn", "btn-primary")}"><div class="spinner hidden" id="spinner"></div><span id="button-text">{esc(_t("pay", lang))} {esc(_price(rng, lang))}</span></button>'
                f'<div id="payment-message" class="hidden"></div></form>')
        return html, "payment_form", "Stripe Payment Element quickstart form#payment-form > #payment-element", _flow(rng, (360, 560), (200, 420))
    html = (f'<div class="{_cls(rng, "PaymentRequestButton")}"><div id="payment-request-button" class="StripeElement"><div class="__PrivateStripeElement">'
            f'<iframe name="__privateStripeFrame{rng.randint(1000, 9999)}" frameborder="0" allowtransparency="true" scrolling="no" role="presentation" allow="payment *" '
            f'src="https://js.stripe.com/v3/elements-inner-payment-request-{_hid(rng, 32)}.html" title="Secure payment button frame" style="height:40px"></iframe></div></div></div>')
    return html, "payment_button", "Stripe Payment Request Button iframe (Apple Pay/Google Pay)", _flow(rng, (240, 480), (40, 48), frame="https://js.stripe.com/v3/")


def _paypal(rng, lang):
    uid = f"uid_{_hid(rng, 10)}_{_hid(rng, 10)}"
    layout = rng.choice(("vertical", "horizontal"))
    src = f"https://www.paypal.com/smart/buttons?style.label=paypal&style.layout={layout}&style.color=gold&style.shape=rect&locale.x={lang}_{lang.upper() if lang != 'en' else 'US'}"
    html = (f'<div id="paypal-button-container"><div id="zoid-paypal-buttons-{uid}" class="paypal-buttons paypal-buttons-context-iframe paypal-buttons-label-paypal paypal-buttons-layout-{layout}" '
            f'data-paypal-smart-button-version="5.0.{rng.randint(100, 500)}" style="height:{rng.choice((45, 55, 100, 150))}px;transition:opacity 0.2s ease-in-out">'
            f'<iframe allowtransparency="true" name="__zoid__paypal_buttons__{_hid(rng, 40)}" title="PayPal" scrolling="no" '
            f'class="component-frame visible" style="background-color:transparent;border:none" src="{esc(src)}"></iframe>'
            f'<div id="smart-menu" class="smart-menu"></div><div id="installments-modal" class="installments-modal"></div></div></div>')
    return html, "payment_button", "PayPal JS SDK smart buttons #zoid-paypal-buttons-uid_… > iframe[title=PayPal]", _flow(rng, (250, 750), (45, 150), frame="https://www.paypal.com/smart/buttons")


def _wallet(rng, lang):
    if rng.random() < 0.5:
        loc = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "ja": "ja-JP", "pt": "pt-BR", "it": "it-IT", "nl": "nl-NL",
               "pl": "pl-PL", "ko": "ko-KR", "zh": "zh-CN", "sv": "sv-SE"}[lang]
        html = f'<apple-pay-button{_attrs(rng, [("buttonstyle", rng.choice(("black", "white", "white-outline"))), ("type", rng.choice(("buy", "check-out", "plain", "pay"))), ("locale", loc)])}></apple-pay-button>'
        return html, "payment_button", "Apple Pay JS <apple-pay-button buttonstyle type locale>", _flow(rng, (200, 400), (40, 48), shadow=True)
    html = (f'<div class="gpay-button-fill"><button type="button" aria-label="Google Pay" class="gpay-button {rng.choice(("black", "white"))} {rng.choice(("buy", "plain", "checkout"))} {lang}">'
            f'</button></div>')
    if rng.random() < 0.5:
        html = f'<div id="gpay-container" class="{_cls(rng, "wallet-buttons")}">{html}</div>'
    return html, "payment_button", "Google Pay button div.gpay-button-fill > button.gpay-button[aria-label='Google Pay']", _flow(rng, (200, 400), (40, 48))


def _pricing(rng, lang):
    plans = _PLANS[lang]
    feats = _FEATURES[lang]
    pop = rng.randrange(3)
    cols = []
    for j, p in enumerate(plans):
        fl = "".join(f'<li>{_svg(rng, "M9 16.2l-3.5-3.5L4 14.2l5 5 11-11-1.4-1.4z")}{esc(f)}</li>' for f in feats[: 2 + j * 2])
        cta = _t("contact_sales", lang) if j == 2 and rng.random() < 0.5 else _t("choose_plan", lang)
        price = _price(rng, lang, 5 + j * 12, 10 + j * 20)
        cols.append(f'<div class="{_cls(rng, "pricing-card", "pricing-card--featured" if j == pop else "pricing-card--default")}">'
                    + (f'<span class="{_cls(rng, "pricing-card__badge")}">{esc(_t("most_popular", lang))}</span>' if j == pop else "")
                    + f'<h3>{esc(p)}</h3><p class="{_cls(rng, "pricing-card__price")}"><span>{esc(price)}</span><small>{esc(_t("per_month", lang))}</small></p>'
                    f'<ul class="{_cls(rng, "pricing-card__features")}">{fl}</ul><a href="/signup?plan={p.lower()}" class="{_cls(rng, "btn", "btn-primary" if j == pop else "btn-outline")}">{esc(cta)}</a></div>')
    html = f'<section class="{_cls(rng, "pricing", "pricing-table")}"><div class="{_cls(rng, "pricing__grid")}">{"".join(cols)}</div></section>'
    return html, "pricing_table", "generic pattern: three-tier SaaS pricing table with featured plan", _flow(rng, (800, 1200), (400, 700))


def _rating(rng, lang):
    val = rng.choice((3.5, 4.0, 4.2, 4.5, 4.7, 4.8, 5.0))
    cnt = rng.randint(3, 2400)
    shown = f"{val:.1f}".replace(".", ",") if lang in ("de", "fr", "es", "pt", "it", "nl", "pl", "sv") else f"{val:.1f}"
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div class="star-rating" role="img" aria-label="{esc(_STARS[lang].format(shown))}"><span style="width:{val * 20:.0f}%">'
                f'{esc(_STARS[lang].format(shown))}</span></div><a href="#reviews" class="woocommerce-review-link" rel="nofollow">(<span class="count">{cnt}</span>)</a>')
        src = "WooCommerce .star-rating[role=img] with review link"
    elif style == 1:
        stars = "".join(f'<svg class="{_cls(rng, "star", "star--full" if k < int(val) else "star--empty")}" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2l3 7h7l-5.5 4.5 2 7.5-6.5-4-6.5 4 2-7.5L2 9h7z"/></svg>' for k in range(5))
        html = f'<div class="{_cls(rng, "rating")}" aria-label="{esc(_STARS[lang].format(shown))}">{stars}<span class="{_cls(rng, "rating__count")}">{shown} ({cnt})</span></div>'
        src = "generic pattern: SVG star rating with aria-label and count"
    else:
        html = (f'<div class="jdgm-widget jdgm-preview-badge" data-id="{rng.randint(10 ** 9, 10 ** 10)}"><div style="display:none" class="jdgm-prev-badge" data-average-rating="{val:.2f}" '
                f'data-number-of-reviews="{cnt}" data-number-of-questions="0"><span class="jdgm-prev-badge__stars" data-score="{val:.2f}" tabindex="0" aria-label="{esc(_STARS[lang].format(shown))}" role="button">'
                + "".join('<span class="jdgm-star jdgm--on"></span>' for _ in range(int(val))) + f'</span><span class="jdgm-prev-badge__text">{cnt} {esc(_t("reviews", lang))}</span></div></div>')
        src = "Judge.me preview badge .jdgm-prev-badge with data-average-rating"
    return html, "rating", src, _flow(rng, (100, 240), (16, 28))


def _reviews(rng, lang):
    revs = list(_REVIEWS[lang])
    rng.shuffle(revs)
    revs = revs[:rng.randint(1, len(revs))]
    style = rng.randrange(3)
    if style == 0:
        items = "".join(
            f'<div class="{_cls(rng, "review")}" itemprop="review" itemscope itemtype="https://schema.org/Review"><div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">'
            f'<meta itemprop="ratingValue" content="{s}"><span aria-label="{esc(_STARS[lang].format(s))}">{"★" * s}{"☆" * (5 - s)}</span></div>'
            f'<p class="{_cls(rng, "review__author")}" itemprop="author">{esc(a)} <span class="{_cls(rng, "badge")}">{esc(_t("verified_buyer", lang))}</span></p>'
            f'<p itemprop="reviewBody">{esc(t)}</p><div class="{_cls(rng, "review__helpful")}">{esc(_t("helpful", lang))} <button type="button">👍 {rng.randint(0, 30)}</button></div></div>'
            for a, s, t in revs)
        html = (f'<section id="reviews" class="{_cls(rng, "reviews")}"><h2>{esc(_t("reviews", lang))}</h2>{items}'
                f'<a href="#write-review" class="{_cls(rng, "btn", "btn-secondary")}">{esc(_t("write_review", lang))}</a></section>')
        src = "generic pattern: customer reviews list with schema.org Review microdata (human-written)"
    elif style == 1:
        items = "".join(
            f'<div class="yotpo-review yotpo-regular-box" data-review-id="{rng.randint(10 ** 8, 10 ** 9)}"><div class="yotpo-header"><span class="yotpo-user-name">{esc(a)}</span>'
            f'<div class="yotpo-review-stars" aria-label="{esc(_STARS[lang].format(s))}">' + "".join('<span class="yotpo-icon yotpo-icon-star"></span>' for _ in range(s)) + '</div></div>'
            f'<div class="yotpo-main"><div class="content-review">{esc(t)}</div></div><div class="yotpo-footer"><span class="yotpo-helpful">{esc(_t("helpful", lang))}</span></div></div>'
            for a, s, t in revs)
        html = f'<div class="yotpo yotpo-main-widget" data-product-id="{rng.randint(10 ** 9, 10 ** 10)}" data-name="{esc(rng.choice(_PRODUCTS[lang]))}"><div class="yotpo-reviews">{items}</div></div>'
        src = "Yotpo reviews widget .yotpo-main-widget > .yotpo-review (human reviews)"
    else:
        tid = rng.choice(("53aa8912dec7e10d38f59f36", "5419b6a8b0d04a076446a9ad", "56278e9abfbbba0bdcd568bc"))
        html = (f'<div class="trustpilot-widget" data-locale="{lang}-{lang.upper() if lang != "en" else "GB"}" data-template-id="{tid}" data-businessunit-id="{_hid(rng, 24)}" '
                f'data-style-height="{rng.choice((24, 130, 240))}px" data-style-width="100%" data-theme="light"><iframe title="Customer reviews powered by Trustpilot" loading="auto" '
                f'src="https://widget.trustpilot.com/trustboxes/{tid}/index.html?templateId={tid}" style="position:relative;height:{rng.choice((24, 130, 240))}px;width:100%;border-style:none;display:block;overflow:hidden"></iframe></div>')
        return html, "reviews", "Trustpilot TrustBox div.trustpilot-widget > iframe[title='Customer reviews powered by Trustpilot']", _flow(rng, (300, 900), (24, 240), frame=f"https://widget.trustpilot.com/trustboxes/{tid}/index.html")
    return html, "reviews", src, _flow(rng, (500, 900), (200, 900))


def _variant_picker(rng, lang):
    sizes = rng.choice((("XS", "S", "M", "L", "XL"), ("38", "39", "40", "41", "42", "43"), ("24 cm", "26 cm", "28 cm")))
    sold = rng.randrange(len(sizes))
    style = rng.randrange(2)
    pid = _hid(rng, 4)
    if style == 0:
        opts = "".join(f'<input type="radio" id="size-{pid}-{j}" name="Size" value="{s}" form="product-form-{pid}"{" checked" if j == 0 else ""}{" class=" + chr(34) + "disabled" + chr(34) if j == sold else ""}>'
                       f'<label for="size-{pid}-{j}">{s}<span class="visually-hidden label-unavailable">{esc(_t("sold_out", lang)) if j == sold else ""}</span></label>' for j, s in enumerate(sizes))
        html = (f'<variant-selects id="variant-selects-{pid}" data-section="main"><fieldset class="js product-form__input product-form__input--pill"><legend class="form__label">{esc(_t("size", lang))}</legend>'
                f'{opts}</fieldset></variant-selects>')
        src = "Shopify Dawn <variant-selects> pill radio fieldset"
    else:
        opts = "".join(f'<option value="{s}"{" disabled" if j == sold else ""}>{s}{" – " + esc(_t("sold_out", lang)) if j == sold else ""}</option>' for j, s in enumerate(sizes))
        html = (f'<div class="{_cls(rng, "product-options")}"><label for="opt-{pid}">{esc(_t("size", lang))}</label><select id="opt-{pid}" name="attribute_pa_size">{opts}</select>'
                f'<div class="{_cls(rng, "quantity")}"><button type="button" aria-label="−">−</button><input type="number" value="1" min="1" aria-label="{esc(_t("quantity", lang))}"><button type="button" aria-label="+">+</button></div>'
                f'<button type="submit" name="add-to-cart" class="{_cls(rng, "single_add_to_cart_button", "button", "alt")}">{esc(_t("add_to_cart", lang))}</button></div>')
        src = "WooCommerce variation select + quantity stepper + single_add_to_cart_button"
    return html, "product_form", src, _flow(rng, (300, 520), (80, 200))


def _sticky_atc(rng, lang):
    name = rng.choice(_PRODUCTS[lang])
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "sticky-atc", "is-visible")), ("aria-hidden", "false"), ("data-sticky-add-to-cart", None)])}>'
            f'<img src="/img/{_hid(rng, 6)}_80.jpg" alt="" width="48" height="48"><div class="{_cls(rng, "sticky-atc__info")}"><span>{esc(name)}</span>'
            f'<span>{esc(_price(rng, lang))}</span></div><button type="button" class="{_cls(rng, "btn", "btn--primary")}">{esc(_t("add_to_cart", lang))}</button></div>')
    return html, "sticky_add_to_cart", "generic pattern: sticky add-to-cart bar on product pages", _box(rng, "bottom", 100, (64, 84))


def _shipping_bar(rng, lang):
    pct = rng.randint(10, 95)
    html = (f'<div class="{_cls(rng, "free-shipping-bar")}" role="status"><p>{esc(_AWAY[lang].format(_price(rng, lang, 3, 40)))}</p>'
            f'<div class="{_cls(rng, "progress")}" role="progressbar" aria-valuenow="{pct}" aria-valuemin="0" aria-valuemax="100"><div style="width:{pct}%"></div></div></div>')
    return html, "shipping_bar", "generic pattern: free-shipping progress bar in cart", _flow(rng, (300, 480), (40, 60))


def _coupon(rng, lang):
    html = (f'<form class="{_cls(rng, "checkout_coupon", "woocommerce-form-coupon")}" method="post"><label for="coupon_code" class="screen-reader-text">{esc(_COUPON[lang])}</label>'
            f'<input type="text" name="coupon_code" class="input-text" placeholder="{esc(_COUPON[lang])}" id="coupon_code" value="">'
            f'<button type="submit" class="button" name="apply_coupon" value="{esc(_APPLY[lang])}">{esc(_APPLY[lang])}</button></form>')
    return html, "coupon_form", "WooCommerce checkout coupon form (coupon_code / apply_coupon)", _flow(rng, (300, 480), (40, 60))


def _back_in_stock(rng, lang):
    html = (f'<form class="{_cls(rng, "back-in-stock")}" action="/contact#notify" method="post"><p>{esc(_t("sold_out", lang))}</p>'
            f'<label for="bis-{_hid(rng, 3)}">{esc(_t("email", lang))}</label><input id="bis-x" type="email" name="contact[email]" required autocomplete="email">'
            f'<button type="submit" class="{_cls(rng, "btn")}">{esc(_NOTIFY[lang])}</button></form>')
    return html, "product_form", "generic pattern: back-in-stock email notification form", _flow(rng, (300, 480), (100, 160))


def _compare_bar(rng, lang):
    names = rng.sample(_PRODUCTS[lang], 2)
    thumbs = "".join(f'<li><img src="/img/{_hid(rng, 6)}_64.jpg" alt="{esc(n)}"><button type="button" aria-label="{esc(_t("remove", lang))} {esc(n)}">×</button></li>' for n in names)
    html = (f'<div class="{_cls(rng, "compare-bar")}" role="region" aria-label="Compare"><ul>{thumbs}</ul>'
            f'<a class="{_cls(rng, "btn", "btn-primary")}" href="/compare">Compare (2)</a></div>')
    return html, "compare_bar", "generic pattern: fixed product comparison tray", _box(rng, "bottom", 100, (72, 96))


def _wishlist(rng, lang):
    html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "wishlist-btn", "icon-btn")), ("aria-label", _t("wishlist", lang)), ("aria-pressed", rng.choice(("true", "false"))), ("data-product-id", str(rng.randint(1000, 99999)))])}>'
            f'{_svg(rng, "M12 21l-1.5-1.3C5.4 15.4 2 12.3 2 8.5 2 5.4 4.4 3 7.5 3c1.7 0 3.4.8 4.5 2.1C13.1 3.8 14.8 3 16.5 3 19.6 3 22 5.4 22 8.5c0 3.8-3.4 6.9-8.5 11.2z")}</button>')
    return html, "wishlist_button", "generic pattern: icon-only wishlist heart button", _flow(rng, (32, 44), (32, 44))


def examples():
    templates = [
        ("product_card", _product_card, 55, LANGS),
        ("carousel", _carousel, 40, LANGS),
        ("cart_drawer", _cart_drawer, 30, LANGS),
        ("stripe", _stripe, 26, LANGS),
        ("paypal", _paypal, 16, LANGS),
        ("wallet", _wallet, 18, LANGS),
        ("pricing", _pricing, 26, LANGS),
        ("rating", _rating, 24, LANGS),
        ("reviews", _reviews, 36, LANGS),
        ("variant_picker", _variant_picker, 22, LANGS),
        ("sticky_atc", _sticky_atc, 14, LANGS),
        ("shipping_bar", _shipping_bar, 10, LANGS),
        ("coupon", _coupon, 10, LANGS),
        ("back_in_stock", _back_in_stock, 8, LANGS),
        ("compare_bar", _compare_bar, 6, ("en",)),
        ("wishlist", _wishlist, 14, LANGS),
    ]
    paths = ("/products/item-{n}", "/product/{n}", "/collections/all", "/collections/sale", "/cart", "/checkout", "/pricing",
             "/shop/kitchen", "/p/{n}", "/store", "/", "/checkout/payment", "/plans", "/category/outdoor")
    return _emit("neg_page_commerce", templates, paths, wrap_p=0.35)
