"""Ordinary forms and form-like widgets (label 0): sign-in and sign-up forms,
contact forms, newsletter embeds and pop-ups (Mailchimp, Klaviyo, Privy,
OptinMonster, Omnisend), rich-text editor toolbars without any AI button,
message composers, settings toggles, uploaders, date pickers, one-time-code
inputs, CAPTCHA widgets (reCAPTCHA badge fixed bottom-right), NPS surveys."""
from corpus.common import esc
from corpus.sources.neg_page_ui import (LANGS, _attrs, _box, _cls, _corner, _emit, _flow,
                                        _hid, _svg, _t)

_WELCOME = {"en": "Welcome back", "de": "Willkommen zurück", "fr": "Bon retour parmi nous", "es": "Hola de nuevo",
            "ja": "おかえりなさい", "pt": "Bem-vindo de volta", "it": "Bentornato", "nl": "Welkom terug", "pl": "Witaj ponownie",
            "ko": "다시 오신 것을 환영합니다", "zh": "欢迎回来", "sv": "Välkommen tillbaka"}
_NO_ACCOUNT = {"en": "Don't have an account?", "de": "Noch kein Konto?", "fr": "Pas encore de compte ?", "es": "¿No tienes cuenta?",
               "ja": "アカウントをお持ちでない方", "pt": "Não tem uma conta?", "it": "Non hai un account?", "nl": "Nog geen account?",
               "pl": "Nie masz konta?", "ko": "계정이 없으신가요?", "zh": "还没有账户？", "sv": "Har du inget konto?"}
_AGREE_TERMS = {"en": "I agree to the Terms of use and Privacy Policy", "de": "Ich stimme den Nutzungsbedingungen und der Datenschutzerklärung zu",
                "fr": "J'accepte les conditions d'utilisation et la politique de confidentialité", "es": "Acepto las condiciones de uso y la política de privacidad",
                "ja": "利用規約とプライバシーポリシーに同意します", "pt": "Concordo com os termos de uso e a política de privacidade",
                "it": "Accetto i termini di utilizzo e l'informativa sulla privacy", "nl": "Ik ga akkoord met de gebruiksvoorwaarden en het privacybeleid",
                "pl": "Akceptuję regulamin i politykę prywatności", "ko": "이용약관 및 개인정보처리방침에 동의합니다", "zh": "我同意使用条款和隐私政策",
                "sv": "Jag godkänner användarvillkoren och integritetspolicyn"}
_CODE = {"en": "Enter the 6-digit code we sent to your phone", "de": "Gib den 6-stelligen Code ein, den wir an dein Telefon gesendet haben",
         "fr": "Saisissez le code à 6 chiffres envoyé sur votre téléphone", "es": "Introduce el código de 6 dígitos que enviamos a tu teléfono",
         "ja": "スマートフォンに送信された6桁のコードを入力してください", "pt": "Digite o código de 6 dígitos enviado para seu celular",
         "it": "Inserisci il codice a 6 cifre che abbiamo inviato al tuo telefono", "nl": "Voer de 6-cijferige code in die we naar je telefoon hebben gestuurd",
         "pl": "Wpisz 6-cyfrowy kod wysłany na Twój telefon", "ko": "휴대폰으로 전송된 6자리 코드를 입력하세요", "zh": "请输入发送到您手机的 6 位验证码",
         "sv": "Ange den sexsiffriga koden vi skickade till din telefon"}
_DROP = {"en": "Drop files here or click to upload", "de": "Dateien hierher ziehen oder klicken zum Hochladen", "fr": "Déposez vos fichiers ici ou cliquez pour les envoyer",
         "es": "Arrastra archivos aquí o haz clic para subirlos", "ja": "ここにファイルをドロップするか、クリックしてアップロード", "pt": "Solte arquivos aqui ou clique para enviar",
         "it": "Trascina qui i file o fai clic per caricarli", "nl": "Sleep bestanden hierheen of klik om te uploaden", "pl": "Upuść pliki tutaj lub kliknij, aby przesłać",
         "ko": "파일을 여기에 놓거나 클릭하여 업로드하세요", "zh": "将文件拖到此处或点击上传", "sv": "Släpp filer här eller klicka för att ladda upp"}
_NPS = {"en": "How likely are you to recommend us to a friend or colleague?", "de": "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?",
        "fr": "Quelle est la probabilité que vous nous recommandiez à un ami ou un collègue ?", "es": "¿Qué probabilidad hay de que nos recomiendes a un amigo o colega?",
        "ja": "友人や同僚に当社を勧める可能性はどのくらいありますか？", "pt": "Qual a probabilidade de você nos recomendar a um amigo ou colega?",
        "it": "Quanto è probabile che ci consiglieresti a un amico o collega?", "nl": "Hoe waarschijnlijk is het dat je ons aanbeveelt aan een vriend of collega?",
        "pl": "Jak prawdopodobne jest, że polecisz nas znajomemu lub współpracownikowi?", "ko": "친구나 동료에게 저희를 추천할 가능성은 얼마나 되나요?",
        "zh": "您向朋友或同事推荐我们的可能性有多大？", "sv": "Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?"}
_NOTIF_SETTINGS = {
    "en": ("Email me about new replies", "Weekly summary email", "Product announcements", "Show my profile publicly"),
    "de": ("E-Mail bei neuen Antworten", "Wöchentliche Zusammenfassung per E-Mail", "Produktneuigkeiten", "Profil öffentlich anzeigen"),
    "fr": ("M'avertir des nouvelles réponses", "Récapitulatif hebdomadaire par e-mail", "Annonces produit", "Profil public"),
    "es": ("Avisarme de nuevas respuestas", "Resumen semanal por correo", "Novedades del producto", "Mostrar mi perfil públicamente"),
    "ja": ("新しい返信をメールで通知", "週間サマリーメール", "製品のお知らせ", "プロフィールを公開する"),
    "pt": ("Avisar sobre novas respostas", "Resumo semanal por e-mail", "Novidades do produto", "Mostrar meu perfil publicamente"),
    "it": ("Avvisami delle nuove risposte", "Riepilogo settimanale via email", "Novità sul prodotto", "Profilo pubblico"),
    "nl": ("Mail me bij nieuwe reacties", "Wekelijkse samenvatting per e-mail", "Productnieuws", "Profiel openbaar tonen"),
    "pl": ("Powiadamiaj o nowych odpowiedziach", "Cotygodniowe podsumowanie e-mail", "Nowości produktowe", "Profil publiczny"),
    "ko": ("새 답글 이메일 알림", "주간 요약 이메일", "제품 소식", "프로필 공개"),
    "zh": ("有新回复时发邮件通知我", "每周摘要邮件", "产品公告", "公开显示我的资料"),
    "sv": ("Mejla mig om nya svar", "Veckosammanfattning via e-post", "Produktnyheter", "Visa min profil offentligt"),
}
_MSG_SELLER = {"en": "Message the seller", "de": "Nachricht an den Verkäufer", "fr": "Contacter le vendeur", "es": "Enviar mensaje al vendedor",
               "ja": "出品者にメッセージ", "pt": "Enviar mensagem ao vendedor", "it": "Scrivi al venditore", "nl": "Stuur de verkoper een bericht",
               "pl": "Napisz do sprzedającego", "ko": "판매자에게 메시지 보내기", "zh": "联系卖家", "sv": "Skicka meddelande till säljaren"}


def _login(rng, lang):
    style = rng.randrange(3)
    fid = _hid(rng, 4)
    sso = ""
    if rng.random() < 0.5:
        sso = (f'<button type="button" class="{_cls(rng, "btn", "btn-social", "btn-google")}">{_svg(rng)}{esc(_t("continue_google", lang))}</button>'
               f'<div class="{_cls(rng, "divider")}"><span>{esc(_t("or", lang))}</span></div>')
    if style == 0:
        html = (f'<form{_attrs(rng, [("class", _cls(rng, "login-form", "auth-form")), ("method", "post"), ("action", "/session"), ("novalidate", None)])}>'
                f'<h1>{esc(_WELCOME[lang])}</h1>{sso}<label for="email-{fid}">{esc(_t("email", lang))}</label>'
                f'<input id="email-{fid}" type="email" name="email" autocomplete="username" required>'
                f'<label for="pw-{fid}">{esc(_t("password", lang))}</label><input id="pw-{fid}" type="password" name="password" autocomplete="current-password" required>'
                f'<label class="{_cls(rng, "checkbox")}"><input type="checkbox" name="remember"> {esc(_t("remember_me", lang))}</label>'
                f'<button type="submit" class="{_cls(rng, "btn", "btn-primary", "w-100")}">{esc(_t("sign_in", lang))}</button>'
                f'<a href="/password/reset">{esc(_t("forgot_password", lang))}</a><p>{esc(_NO_ACCOUNT[lang])} <a href="/signup">{esc(_t("sign_up", lang))}</a></p></form>')
        src = "generic pattern: email/password sign-in form with optional Google SSO"
    elif style == 1:
        html = (f'<form name="loginform" id="loginform" action="/wp-login.php" method="post"><p><label for="user_login">{esc(_t("email", lang))}</label>'
                f'<input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off" autocomplete="username" required></p>'
                f'<div class="user-pass-wrap"><label for="user_pass">{esc(_t("password", lang))}</label><div class="wp-pwd"><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" autocomplete="current-password" spellcheck="false" required>'
                f'<button type="button" class="button button-secondary wp-hide-pw hide-if-no-js" data-toggle="0" aria-label="Show password"><span class="dashicons dashicons-visibility" aria-hidden="true"></span></button></div></div>'
                f'<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever"> <label for="rememberme">{esc(_t("remember_me", lang))}</label></p>'
                f'<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="{esc(_t("sign_in", lang))}"></p></form>')
        src = "WordPress wp-login.php form#loginform"
    else:
        html = (f'<div class="woocommerce-MyAccount-content u-column1 col-1"><h2>{esc(_t("sign_in", lang))}</h2><form class="woocommerce-form woocommerce-form-login login" method="post">'
                f'<p class="woocommerce-form-row woocommerce-form-row--wide form-row form-row-wide"><label for="username">{esc(_t("email", lang))}&nbsp;<span class="required">*</span></label>'
                f'<input type="text" class="woocommerce-Input woocommerce-Input--text input-text" name="username" id="username" autocomplete="username" value=""></p>'
                f'<p class="woocommerce-form-row woocommerce-form-row--wide form-row form-row-wide"><label for="password">{esc(_t("password", lang))}&nbsp;<span class="required">*</span></label>'
                f'<input class="woocommerce-Input woocommerce-Input--text input-text" type="password" name="password" id="password" autocomplete="current-password"></p>'
                f'<p class="form-row"><button type="submit" class="woocommerce-button button woocommerce-form-login__submit" name="login" value="{esc(_t("sign_in", lang))}">{esc(_t("sign_in", lang))}</button></p>'
                f'<p class="woocommerce-LostPassword lost_password"><a href="/my-account/lost-password/">{esc(_t("forgot_password", lang))}</a></p></form></div>')
        src = "WooCommerce my-account login form.woocommerce-form-login"
    ctx = _flow(rng, (320, 480), (320, 560)) if rng.random() < 0.7 else _box(rng, "center", (360, 440), (420, 560))
    return html, "login_form", src, ctx


def _signup(rng, lang):
    fid = _hid(rng, 4)
    html = (f'<form{_attrs(rng, [("class", _cls(rng, "signup-form")), ("method", "post"), ("action", "/users"), ("data-turbo", "false")])}>'
            f'<h2>{esc(_t("create_account", lang))}</h2><div class="{_cls(rng, "field")}"><label for="n-{fid}">{esc(_t("full_name", lang))}</label>'
            f'<input id="n-{fid}" name="user[name]" autocomplete="name" required></div><div class="{_cls(rng, "field")}"><label for="e-{fid}">{esc(_t("email", lang))}</label>'
            f'<input id="e-{fid}" type="email" name="user[email]" autocomplete="email" required></div><div class="{_cls(rng, "field")}"><label for="p-{fid}">{esc(_t("password", lang))}</label>'
            f'<input id="p-{fid}" type="password" name="user[password]" autocomplete="new-password" minlength="8" required></div>'
            f'<label class="{_cls(rng, "checkbox")}"><input type="checkbox" name="terms" required> {esc(_AGREE_TERMS[lang])}</label>'
            f'<button type="submit" class="{_cls(rng, "btn", "btn-primary")}">{esc(_t("create_account", lang))}</button></form>')
    return html, "signup_form", "generic pattern: account sign-up form with terms checkbox", _flow(rng, (320, 480), (380, 620))


def _contact(rng, lang):
    style = rng.randrange(4)
    if style == 0:
        fid = rng.randint(10, 9999)
        html = (f'<div class="wpcf7 js" id="wpcf7-f{fid}-p{rng.randint(10, 999)}-o1" lang="{lang}" dir="ltr"><div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p></div>'
                f'<form action="/contact/#wpcf7-f{fid}-o1" method="post" class="wpcf7-form init" aria-label="{esc(_t("contact", lang))}" novalidate="novalidate" data-status="init">'
                f'<p><label> {esc(_t("full_name", lang))}<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" autocomplete="name" aria-required="true" aria-invalid="false" value="" type="text" name="your-name"></span></label></p>'
                f'<p><label> {esc(_t("email", lang))}<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" autocomplete="email" aria-required="true" aria-invalid="false" value="" type="email" name="your-email"></span></label></p>'
                f'<p><label> {esc(_t("message", lang))}<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea" aria-invalid="false" name="your-message"></textarea></span></label></p>'
                f'<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{esc(_t("send", lang))}"></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')
        src = "Contact Form 7 div.wpcf7 > form.wpcf7-form"
    elif style == 1:
        gid = _hid(rng, 8) + "-" + _hid(rng, 4)
        html = (f'<div class="hbspt-form" id="hbspt-form-{gid}"><form novalidate accept-charset="UTF-8" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/{rng.randint(1000000, 9999999)}/{gid}" '
                f'enctype="multipart/form-data" id="hsForm_{gid}" method="POST" class="hs-form-private hsForm_{gid} hs-form-{gid} hs-form stacked hs-custom-form" data-form-id="{gid}" data-portal-id="{rng.randint(1000000, 9999999)}">'
                f'<div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field"><label id="label-firstname-{gid}" for="firstname-{gid}"><span>{esc(_t("full_name", lang))}</span></label>'
                f'<div class="input"><input id="firstname-{gid}" name="firstname" required placeholder="" type="text" class="hs-input" inputmode="text" autocomplete="given-name" value=""></div></div>'
                f'<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-{gid}" for="email-{gid}"><span>{esc(_t("email", lang))}</span><span class="hs-form-required">*</span></label>'
                f'<div class="input"><input id="email-{gid}" name="email" required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>'
                f'<div class="hs_message hs-message hs-fieldtype-textarea field hs-form-field"><label for="message-{gid}"><span>{esc(_t("message", lang))}</span></label><div class="input"><textarea id="message-{gid}" class="hs-input hs-fieldtype-textarea" name="message"></textarea></div></div>'
                f'<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="{esc(_t("submit", lang))}"></div></div></form></div>')
        src = "HubSpot embedded form .hbspt-form > form.hs-form"
    elif style == 2:
        fid = rng.randint(1, 40)
        html = (f'<div class="gform_wrapper gravity-theme gform-theme--no-framework" data-form-theme="gravity-theme" data-form-index="0" id="gform_wrapper_{fid}">'
                f'<form method="post" enctype="multipart/form-data" id="gform_{fid}" action="/contact/" data-formid="{fid}" novalidate><div class="gform-body gform_body">'
                f'<div id="gform_fields_{fid}" class="gform_fields top_label form_sublabel_below description_below validation_below">'
                f'<div id="field_{fid}_1" class="gfield gfield--type-text gfield_contains_required field_sublabel_below gfield--no-description field_description_below field_validation_below gfield_visibility_visible">'
                f'<label class="gfield_label gform-field-label" for="input_{fid}_1">{esc(_t("full_name", lang))}<span class="gfield_required"><span class="gfield_required gfield_required_text">({esc(_t("required", lang))})</span></span></label>'
                f'<div class="ginput_container ginput_container_text"><input name="input_1" id="input_{fid}_1" type="text" value="" class="large" aria-required="true" aria-invalid="false"></div></div>'
                f'<div id="field_{fid}_3" class="gfield gfield--type-phone field_sublabel_below"><label class="gfield_label gform-field-label" for="input_{fid}_3">{esc(_t("phone", lang))}</label>'
                f'<div class="ginput_container ginput_container_phone"><input name="input_3" id="input_{fid}_3" type="tel" value="" class="large" aria-invalid="false"></div></div></div></div>'
                f'<div class="gform_footer top_label"><input type="submit" id="gform_submit_button_{fid}" class="gform_button button" value="{esc(_t("submit", lang))}"></div></form></div>')
        src = "Gravity Forms div.gform_wrapper > form#gform_N"
    else:
        subjects = "".join(f'<option>{esc(_t(k, lang))}</option>' for k in ("shipping", "returns", "account", "careers"))
        html = (f'<form{_attrs(rng, [("class", _cls(rng, "contact-form")), ("action", "/contact"), ("method", "post")])}>'
                f'<input type="text" name="name" placeholder="{esc(_t("full_name", lang))}" autocomplete="name" required>'
                f'<input type="email" name="email" placeholder="{esc(_t("email", lang))}" autocomplete="email" required>'
                f'<label>{esc(_t("subject", lang))}<select name="subject">{subjects}</select></label>'
                f'<textarea name="message" rows="6" placeholder="{esc(_t("message", lang))}" required></textarea>'
                f'<button type="submit" class="{_cls(rng, "btn", "btn--primary")}">{esc(_t("send", lang))}</button></form>')
        src = "generic pattern: contact form with subject select"
    return html, "contact_form", src, _flow(rng, (360, 720), (360, 720))


def _newsletter_embed(rng, lang):
    style = rng.randrange(3)
    if style == 0:
        u, fid = _hid(rng, 25), _hid(rng, 10)
        html = (f'<div id="mc_embed_shell"><div id="mc_embed_signup"><form action="https://{rng.choice(("cityherald", "bookshelf", "greengrocer", "designly"))}.us{rng.randint(1, 21)}.list-manage.com/subscribe/post?u={u}&amp;id={fid}&amp;f_id=00{_hid(rng, 6)}" '
                f'method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank"><div id="mc_embed_signup_scroll"><h2>{esc(_t("newsletter_title", lang))}</h2>'
                f'<div class="indicates-required"><span class="asterisk">*</span> {esc(_t("required", lang))}</div><div class="mc-field-group"><label for="mce-EMAIL">{esc(_t("email", lang))} <span class="asterisk">*</span></label>'
                f'<input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required="" value=""></div><div id="mce-responses" class="clear foot">'
                f'<div class="response" id="mce-error-response" style="display: none;"></div><div class="response" id="mce-success-response" style="display: none;"></div></div>'
                f'<div aria-hidden="true" style="position: absolute; left: -5000px;"><input type="text" name="b_{u}_{fid}" tabindex="-1" value=""></div>'
                f'<div class="optionalParent"><div class="clear foot"><input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="{esc(_t("subscribe", lang))}"></div></div></div></form></div></div>')
        src = "Mailchimp embedded signup #mc_embed_signup > form#mc-embedded-subscribe-form"
    elif style == 1:
        pub = rng.choice(("cityherald", "thedailyloaf", "trailnotes", "stadtnotizen", "lettredulundi"))
        html = (f'<iframe src="https://{pub}.substack.com/embed" width="480" height="320" style="border:1px solid #EEE; background:white;" frameborder="0" scrolling="no"></iframe>')
        return html, "newsletter_form", "Substack embed iframe <pub>.substack.com/embed", _flow(rng, (320, 480), (150, 320), frame=f"https://{pub}.substack.com/embed")
    else:
        html = (f'<section class="{_cls(rng, "newsletter", "footer-newsletter")}"><h2>{esc(_t("newsletter_title", lang))}</h2><p>{esc(_t("newsletter_weekly", lang))}</p>'
                f'<form class="{_cls(rng, "newsletter__form")}" action="/newsletter" method="post"><label for="nl-{_hid(rng, 3)}" class="visually-hidden">{esc(_t("email", lang))}</label>'
                f'<input id="nl-x" type="email" name="contact[email]" placeholder="{esc(_t("email", lang))}" autocomplete="email" required>'
                f'<button type="submit" class="{_cls(rng, "btn")}">{esc(_t("subscribe", lang))}</button></form></section>')
        src = "generic pattern: footer newsletter signup section"
    return html, "newsletter_form", src, _flow(rng, (320, 800), (120, 320))


def _klaviyo(rng, lang):
    style = rng.randrange(3)
    go = lambda: f"go{rng.randint(100000000, 4000000000)}"  # noqa: E731
    k = "kl-private-reset-css-Xuajs1"
    if style == 0:
        html = (f'<div class="needsclick {k}" role="dialog" aria-modal="true" aria-label="POPUP Form" data-testid="POPUP">'
                f'<div class="needsclick {go()} {k}"><div class="needsclick {k}"><form novalidate class="needsclick klaviyo-form klaviyo-form-version-cid_1 {go()} {k}">'
                f'<div data-testid="form-row" class="needsclick {go()} {k}"><div class="needsclick {k}"><p style="text-align:center"><span style="font-size:28px;font-weight:700">{esc(_t("newsletter_title", lang))}</span></p>'
                f'<p style="text-align:center">{esc(_t("newsletter_text", lang))}</p></div></div><div data-testid="form-row" class="needsclick {go()} {k}">'
                f'<div class="needsclick {k}"><input class="needsclick {go()} {k}" type="email" autocomplete="email" aria-label="{esc(_t("email", lang))}" placeholder="{esc(_t("email", lang))}" name="email" tabindex="0" aria-required="true" aria-invalid="false"></div></div>'
                f'<div data-testid="form-row" class="needsclick {go()} {k}"><button class="needsclick {go()} {k}" type="button" tabindex="0">{esc(_t("subscribe", lang))}</button></div>'
                f'<div data-testid="form-row" class="needsclick {go()} {k}"><button class="needsclick {go()} {k}" type="button" tabindex="0">{esc(_t("no_thanks", lang))}</button></div></form>'
                f'<button class="needsclick klaviyo-close-form {go()} {k}" aria-label="Close dialog" tabindex="0">{_svg(rng, "M6 6l12 12M18 6L6 18", 20)}</button></div></div></div>')
        return html, "newsletter_popup", "Klaviyo popup form div.needsclick.kl-private-reset-css-Xuajs1[role=dialog][data-testid=POPUP]", _box(rng, "center", (360, 640), (380, 560))
    if style == 1:
        tid = _hid(rng, 6)
        html = (f'<div class="needsclick kl-teaser-{tid} undefined {k}"><div class="needsclick {go()} {k}"><button class="needsclick {go()} {k}" '
                f'aria-label="{esc(_t("newsletter_title", lang))}" type="button"><div class="needsclick {go()} {k}">{esc(_t("newsletter_text", lang).split(".")[0][:40])}</div></button>'
                f'<button class="needsclick {go()} {k}" aria-label="Close teaser" type="button">{_svg(rng, "M6 6l12 12M18 6L6 18", 12)}</button></div></div>')
        return html, "newsletter_teaser", "Klaviyo teaser tab .kl-teaser-XXXXXX (fixed bottom-left)", _box(rng, "bl", (140, 220), (44, 60))
    fid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(6))
    html = f'<div class="klaviyo-form-{fid}"></div>'
    if rng.random() < 0.5:
        html = f'<div class="{_cls(rng, "footer-block", "footer-block--newsletter")}"><h2>{esc(_t("newsletter_title", lang))}</h2>{html}</div>'
    return html, "newsletter_form", "Klaviyo embedded form placeholder div.klaviyo-form-XXXXXX", _flow(rng, (300, 700), (100, 260))


def _popup_vendors(rng, lang):
    style = rng.randrange(4)
    if style == 0:
        cid = rng.randint(100000, 999999)
        html = (f'<div id="privy-container"><div class="privy-popup-container privy-{_hid(rng, 6)}" role="dialog" aria-modal="true" aria-labelledby="privy-title-{cid}">'
                f'<button class="privy-dismiss-content" aria-label="{esc(_t("close", lang))}">×</button><div class="privy-popup-content-wrap"><h1 id="privy-title-{cid}">{esc(_t("newsletter_title", lang))}</h1>'
                f'<p>{esc(_t("newsletter_text", lang))}</p><form class="privy-form"><input type="email" class="privy-text-form-field" name="email" placeholder="{esc(_t("email", lang))}" aria-label="{esc(_t("email", lang))}">'
                f'<button type="submit" class="privy-element privy-button-element">{esc(_t("subscribe", lang))}</button></form></div></div></div>')
        src = "Privy popup #privy-container > .privy-popup-container (approximate)"
    elif style == 1:
        oid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20))
        html = (f'<div id="om-{oid}-holder" class="Campaign CampaignType--popup Campaign--css" role="dialog" aria-modal="true" data-campaign-id="{oid}">'
                f'<div class="Campaign__canvas"><div class="Campaign__content"><div class="Row Row--1"><div class="Col Col--1"><div class="Element Element--text"><h2>{esc(_t("newsletter_title", lang))}</h2>'
                f'<p>{esc(_t("newsletter_text", lang))}</p></div><div class="Element Element--input"><input type="email" class="Input" placeholder="{esc(_t("email", lang))}" aria-label="{esc(_t("email", lang))}"></div>'
                f'<div class="Element Element--button"><button class="Button Button--{rng.randint(1, 9)}" type="button">{esc(_t("subscribe", lang))}</button></div></div></div></div>'
                f'<button class="CampaignCloseButton" aria-label="{esc(_t("close", lang))}" type="button">×</button></div></div>')
        src = "OptinMonster campaign #om-<id>-holder.Campaign.CampaignType--popup"
    elif style == 2:
        html = (f'<div class="mc-modal" style="display:block"><div class="mc-closeModal" data-action="close-mc-modal" aria-label="{esc(_t("close", lang))}"></div>'
                f'<iframe src="https://mc.us{rng.randint(1, 21)}.list-manage.com/signup-forms/popup/unique-id/{_hid(rng, 25)}/dc/us{rng.randint(1, 21)}/lid/{_hid(rng, 10)}" '
                f'frameborder="0" allowtransparency="true" title="{esc(_t("newsletter_title", lang))}"></iframe></div><div class="mc-modal-bg" style="display:block"></div>')
        src = "Mailchimp classic popup .mc-modal > iframe list-manage.com/signup-forms/popup"
        return html, "newsletter_popup", src, dict(_box(rng, "center", (420, 620), (380, 560)), frameSrc="https://mc.us2.list-manage.com/signup-forms/popup/")
    else:
        html = (f'<div class="omnisend-form-{_hid(rng, 24)}-container omnisend-form-popup" role="dialog" aria-modal="true">'
                f'<div class="omnisend-form-popup__wrapper"><button class="omnisend-form-popup__close" aria-label="{esc(_t("close", lang))}" type="button">×</button>'
                f'<h2>{esc(_t("newsletter_title", lang))}</h2><p>{esc(_t("newsletter_text", lang))}</p><input type="email" name="email" placeholder="{esc(_t("email", lang))}">'
                f'<button type="submit">{esc(_t("subscribe", lang))}</button></div></div>')
        src = "Omnisend popup form .omnisend-form-…-container (approximate)"
    return html, "newsletter_popup", src, _box(rng, "center", (360, 640), (360, 560))


def _editor_toolbar(rng, lang):
    style = rng.randrange(5)
    B, I, L, U = (_t(k, lang) for k in ("bold", "italic", "link", "bullets"))
    if style == 0:
        html = (f'<div class="ql-toolbar ql-snow"><span class="ql-formats"><select class="ql-header"><option value="1"></option><option value="2"></option><option selected></option></select></span>'
                f'<span class="ql-formats"><button type="button" class="ql-bold" aria-pressed="false" aria-label="{esc(B)}">{_svg(rng)}</button>'
                f'<button type="button" class="ql-italic" aria-pressed="false" aria-label="{esc(I)}">{_svg(rng)}</button>'
                f'<button type="button" class="ql-underline" aria-pressed="false" aria-label="underline">{_svg(rng)}</button>'
                f'<button type="button" class="ql-link" aria-pressed="false" aria-label="{esc(L)}">{_svg(rng)}</button></span>'
                f'<span class="ql-formats"><button type="button" class="ql-list" value="ordered" aria-pressed="false" aria-label="list: ordered">{_svg(rng)}</button>'
                f'<button type="button" class="ql-list" value="bullet" aria-pressed="false" aria-label="{esc(U)}">{_svg(rng)}</button></span>'
                f'<span class="ql-formats"><button type="button" class="ql-clean" aria-label="clean">{_svg(rng)}</button></span></div>')
        src = "Quill snow theme toolbar .ql-toolbar.ql-snow (bold/italic/link/list only)"
    elif style == 1:
        html = (f'<div class="tox-toolbar__primary" role="group"><div title="" role="toolbar" data-alloy-tabstop="true" tabindex="-1" class="tox-toolbar__group">'
                f'<button aria-label="{esc(_t("undo", lang))}" title="{esc(_t("undo", lang))}" type="button" tabindex="-1" class="tox-tbtn tox-tbtn--disabled" aria-disabled="true"><span class="tox-icon tox-tbtn__icon-wrap">{_svg(rng)}</span></button></div>'
                f'<div title="" role="toolbar" data-alloy-tabstop="true" tabindex="-1" class="tox-toolbar__group"><button aria-label="{esc(B)}" title="{esc(B)}" type="button" tabindex="-1" class="tox-tbtn" aria-disabled="false" aria-pressed="false">'
                f'<span class="tox-icon tox-tbtn__icon-wrap">{_svg(rng)}</span></button><button aria-label="{esc(I)}" title="{esc(I)}" type="button" tabindex="-1" class="tox-tbtn" aria-disabled="false" aria-pressed="false">'
                f'<span class="tox-icon tox-tbtn__icon-wrap">{_svg(rng)}</span></button></div><div title="" role="toolbar" data-alloy-tabstop="true" tabindex="-1" class="tox-toolbar__group">'
                f'<button aria-label="{esc(L)}" title="{esc(L)}" type="button" tabindex="-1" class="tox-tbtn" aria-disabled="false" aria-pressed="false"><span class="tox-icon tox-tbtn__icon-wrap">{_svg(rng)}</span></button>'
                f'<div aria-pressed="false" aria-label="{esc(U)}" title="{esc(U)}" role="button" aria-haspopup="true" tabindex="-1" unselectable="on" class="tox-split-button" aria-disabled="false" aria-expanded="false">'
                f'<span role="presentation" class="tox-tbtn"><span class="tox-icon tox-tbtn__icon-wrap">{_svg(rng)}</span></span></div></div></div>')
        src = "TinyMCE 6 toolbar .tox-toolbar__primary with tox-tbtn buttons (no AI plugin)"
    elif style == 2:
        tid = f"trix-toolbar-{rng.randint(1, 9)}"
        html = (f'<trix-toolbar id="{tid}"><div class="trix-button-row"><span class="trix-button-group trix-button-group--text-tools" data-trix-button-group="text-tools">'
                f'<button type="button" class="trix-button trix-button--icon trix-button--icon-bold" data-trix-attribute="bold" data-trix-key="b" title="{esc(B)}" tabindex="-1">{esc(B)}</button>'
                f'<button type="button" class="trix-button trix-button--icon trix-button--icon-italic" data-trix-attribute="italic" data-trix-key="i" title="{esc(I)}" tabindex="-1">{esc(I)}</button>'
                f'<button type="button" class="trix-button trix-button--icon trix-button--icon-link" data-trix-attribute="href" data-trix-action="link" data-trix-key="k" title="{esc(L)}" tabindex="-1">{esc(L)}</button></span>'
                f'<span class="trix-button-group trix-button-group--file-tools" data-trix-button-group="file-tools"><button type="button" class="trix-button trix-button--icon trix-button--icon-attach" '
                f'data-trix-action="attachFiles" title="{esc(_t("attach", lang))}" tabindex="-1">{esc(_t("attach", lang))}</button></span>'
                f'<span class="trix-button-group-spacer"></span><span class="trix-button-group trix-button-group--history-tools" data-trix-button-group="history-tools">'
                f'<button type="button" class="trix-button trix-button--icon trix-button--icon-undo" data-trix-action="undo" data-trix-key="z" title="{esc(_t("undo", lang))}" tabindex="-1">{esc(_t("undo", lang))}</button></span></div></trix-toolbar>')
        src = "Basecamp Trix editor <trix-toolbar> button groups"
    elif style == 3:
        html = (f'<div class="ck ck-toolbar ck-toolbar_grouping" role="toolbar" aria-label="Editor toolbar"><div class="ck ck-toolbar__items">'
                f'<button class="ck ck-button ck-off" type="button" tabindex="-1" aria-labelledby="ck-editor__aria-label_{_hid(rng, 6)}" aria-pressed="false" data-cke-tooltip-text="{esc(B)} (Ctrl+B)">'
                f'{_svg(rng)}<span class="ck ck-button__label">{esc(B)}</span></button><button class="ck ck-button ck-off" type="button" tabindex="-1" aria-pressed="false" data-cke-tooltip-text="{esc(I)} (Ctrl+I)">'
                f'{_svg(rng)}<span class="ck ck-button__label">{esc(I)}</span></button><span class="ck ck-toolbar__separator"></span>'
                f'<button class="ck ck-button ck-off" type="button" tabindex="-1" aria-pressed="false" data-cke-tooltip-text="{esc(L)} (Ctrl+K)">{_svg(rng)}<span class="ck ck-button__label">{esc(L)}</span></button>'
                f'<button class="ck ck-button ck-off" type="button" tabindex="-1" aria-pressed="false" data-cke-tooltip-text="{esc(U)}">{_svg(rng)}<span class="ck ck-button__label">{esc(U)}</span></button></div></div>')
        src = "CKEditor 5 classic toolbar .ck-toolbar (formatting buttons only)"
    else:
        html = (f'<markdown-toolbar for="comment-body-{rng.randint(1, 999)}" class="{_cls(rng, "toolbar-commenting")}">'
                f'<md-header class="{_cls(rng, "Button", "Button--iconOnly")}" aria-label="Add heading text" role="button">{_svg(rng)}</md-header>'
                f'<md-bold class="{_cls(rng, "Button", "Button--iconOnly")}" aria-label="{esc(B)}" role="button" hotkey="b">{_svg(rng)}</md-bold>'
                f'<md-italic class="{_cls(rng, "Button", "Button--iconOnly")}" aria-label="{esc(I)}" role="button" hotkey="i">{_svg(rng)}</md-italic>'
                f'<md-quote class="{_cls(rng, "Button", "Button--iconOnly")}" aria-label="Insert a quote" role="button">{_svg(rng)}</md-quote>'
                f'<md-code class="{_cls(rng, "Button", "Button--iconOnly")}" aria-label="Insert code" role="button">{_svg(rng)}</md-code>'
                f'<md-link class="{_cls(rng, "Button", "Button--iconOnly")}" aria-label="{esc(L)}" role="button" hotkey="k">{_svg(rng)}</md-link>'
                f'<md-unordered-list class="{_cls(rng, "Button", "Button--iconOnly")}" aria-label="{esc(U)}" role="button">{_svg(rng)}</md-unordered-list></markdown-toolbar>')
        src = "GitHub <markdown-toolbar> with md-bold/md-italic/md-link custom elements"
    return html, "editor_toolbar", src, _flow(rng, (300, 800), (36, 48))


def _composer(rng, lang):
    style = rng.randrange(2)
    if style == 0:
        html = (f'<form{_attrs(rng, [("class", _cls(rng, "message-composer")), ("action", "/messages"), ("method", "post"), ("aria-label", _MSG_SELLER[lang])])}>'
                f'<label for="msg-{_hid(rng, 3)}" class="visually-hidden">{esc(_t("message", lang))}</label>'
                f'<textarea id="msg-x" name="body" rows="3" maxlength="1000" placeholder="{esc(_MSG_SELLER[lang])}"></textarea>'
                f'<div class="{_cls(rng, "composer__actions")}"><button type="button" aria-label="{esc(_t("attach", lang))}" class="{_cls(rng, "icon-btn")}">{_svg(rng)}</button>'
                f'<button type="button" aria-label="{esc(_t("emoji", lang))}" class="{_cls(rng, "icon-btn")}">{_svg(rng)}</button>'
                f'<span class="{_cls(rng, "char-count")}" aria-live="polite">0 / 1000</span><button type="submit" class="{_cls(rng, "btn", "btn-primary")}">{esc(_t("send", lang))}</button></div></form>')
        src = "generic pattern: marketplace message-the-seller composer (human messaging)"
    else:
        html = (f'<div class="{_cls(rng, "comment-box")}"><img class="{_cls(rng, "avatar")}" src="/avatars/{_hid(rng, 6)}.png" alt="" width="32" height="32">'
                f'<div contenteditable="true" role="textbox" aria-multiline="true" aria-label="{esc(_t("write_comment", lang))}" data-placeholder="{esc(_t("write_comment", lang))}" class="{_cls(rng, "comment-box__input")}"></div>'
                f'<button type="button" class="{_cls(rng, "comment-box__emoji")}" aria-label="{esc(_t("emoji", lang))}">{_svg(rng)}</button>'
                f'<button type="submit" class="{_cls(rng, "comment-box__submit")}" disabled>{esc(_t("post_comment", lang))}</button></div>')
        src = "generic pattern: contenteditable comment box with emoji and post buttons"
    return html, "message_composer", src, _flow(rng, (300, 800), (56, 180))


def _settings(rng, lang):
    labels = _NOTIF_SETTINGS[lang]
    style = rng.randrange(2)
    if style == 0:
        rows = "".join(f'<div class="{_cls(rng, "setting-row")}"><label for="s-{j}-{_hid(rng, 3)}">{esc(l)}</label>'
                       f'<button type="button" role="switch" id="s-{j}" aria-checked="{rng.choice(("true", "false"))}" class="{_cls(rng, "switch")}"><span class="{_cls(rng, "switch__thumb")}"></span></button></div>'
                       for j, l in enumerate(labels))
        html = f'<section class="{_cls(rng, "settings-panel")}" aria-labelledby="notif-h"><h2 id="notif-h">{esc(_t("notifications", lang))}</h2>{rows}<button type="submit">{esc(_t("save", lang))}</button></section>'
        src = "generic pattern: notification settings panel with role=switch toggles"
    else:
        rows = "".join(f'<div class="form-check form-switch"><input class="form-check-input" type="checkbox" role="switch" id="sw{j}{_hid(rng, 2)}"{" checked" if rng.random() < 0.5 else ""}>'
                       f'<label class="form-check-label" for="sw{j}">{esc(l)}</label></div>' for j, l in enumerate(labels))
        html = f'<form class="{_cls(rng, "preferences-form")}"><fieldset><legend>{esc(_t("notifications", lang))}</legend>{rows}</fieldset><button class="btn btn-primary" type="submit">{esc(_t("save", lang))}</button></form>'
        src = "Bootstrap 5 form-switch checkboxes in a preferences form"
    return html, "settings_form", src, _flow(rng, (400, 800), (200, 420))


def _upload(rng, lang):
    style = rng.randrange(3)
    if style == 0:
        html = (f'<form action="/upload" class="dropzone dz-clickable" id="dz-{_hid(rng, 4)}"><div class="dz-default dz-message"><button class="dz-button" type="button">{esc(_DROP[lang])}</button></div></form>')
        src = "Dropzone.js form.dropzone > .dz-message > button.dz-button"
    elif style == 1:
        html = (f'<div class="filepond--root filepond--hopper" data-style-button-remove-item-position="left" data-style-button-process-item-position="right" style="height:76px">'
                f'<input class="filepond--browser" type="file" id="filepond--browser-{_hid(rng, 4)}" name="filepond" aria-controls="filepond--assistant-x" aria-labelledby="filepond--drop-label-x" multiple>'
                f'<div class="filepond--drop-label" style="transform:translate3d(0px,0px,0);opacity:1"><label for="filepond--browser-x" id="filepond--drop-label-x" aria-hidden="true">'
                f'{esc(_DROP[lang])} <span class="filepond--label-action" tabindex="0">Browse</span></label></div><div class="filepond--list-scroller"><ul class="filepond--list" role="list"></ul></div>'
                f'<div class="filepond--panel filepond--panel-root" data-scalable="true"></div><span class="filepond--assistant" id="filepond--assistant-x" role="status" aria-live="polite" aria-relevant="additions"></span></div>')
        src = "FilePond uploader .filepond--root with drop label"
    else:
        fid = _hid(rng, 4)
        html = (f'<div class="{_cls(rng, "file-upload")}"><label for="f-{fid}">{esc(_t("attach", lang))}</label><input id="f-{fid}" type="file" name="attachment" accept=".pdf,.jpg,.png" multiple>'
                f'<p class="{_cls(rng, "hint")}">PDF, JPG, PNG · max. 10 MB</p></div>')
        src = "generic pattern: file input with accept list and hint"
    return html, "file_upload", src, _flow(rng, (300, 700), (60, 200))


def _otp(rng, lang):
    boxes = "".join(f'<input type="text" inputmode="numeric" maxlength="1" autocomplete="{"one-time-code" if j == 0 else "off"}" aria-label="{j + 1}" class="{_cls(rng, "otp__digit")}">' for j in range(6))
    html = (f'<form class="{_cls(rng, "otp-form")}" method="post" action="/verify"><p>{esc(_CODE[lang])}</p><div class="{_cls(rng, "otp")}" role="group">{boxes}</div>'
            f'<button type="submit" class="{_cls(rng, "btn", "btn-primary")}">{esc(_t("confirm", lang))}</button></form>')
    return html, "otp_form", "generic pattern: six-box one-time-code (2FA) form", _flow(rng, (300, 480), (160, 260))


def _date(rng, lang):
    if rng.random() < 0.5:
        days = "".join(f'<span class="flatpickr-day{" today" if d == 14 else ""}{" selected" if d == 18 else ""}" aria-label="{d}" tabindex="-1">{d}</span>' for d in range(1, 29))
        html = (f'<div class="flatpickr-calendar animate open arrowTop arrowLeft" tabindex="-1" style="top:42px;left:0;right:auto"><div class="flatpickr-months">'
                f'<span class="flatpickr-prev-month">{_svg(rng)}</span><div class="flatpickr-month"><div class="flatpickr-current-month"><span class="cur-month">{rng.choice(("March", "März", "mars", "marzo", "3月", "março", "maart", "marzec", "3월", "三月", "mars"))} </span>'
                f'<div class="numInputWrapper"><input class="numInput cur-year" type="number" tabindex="-1" aria-label="Year" value="2026"></div></div></div>'
                f'<span class="flatpickr-next-month">{_svg(rng)}</span></div><div class="flatpickr-innerContainer"><div class="flatpickr-rContainer"><div class="flatpickr-days" tabindex="-1"><div class="dayContainer">{days}</div></div></div></div></div>')
        src = "flatpickr open calendar .flatpickr-calendar"
        return html, "date_picker", src, _box(rng, "center", (300, 310), (300, 340), position="absolute")
    fid = _hid(rng, 3)
    html = (f'<div class="{_cls(rng, "booking-dates")}"><label for="ci-{fid}">Check-in</label><input type="date" id="ci-{fid}" name="checkin" min="2026-01-01">'
            f'<label for="co-{fid}">Check-out</label><input type="date" id="co-{fid}" name="checkout"><button type="submit" class="{_cls(rng, "btn")}">{esc(_t("search", lang))}</button></div>')
    return html, "date_picker", "generic pattern: booking date range with input[type=date]", _flow(rng, (300, 800), (48, 120))


def _captcha(rng, lang):
    style = rng.randrange(4)
    key = "6L" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(38))
    if style == 0:
        src = f"https://www.google.com/recaptcha/api2/anchor?ar=1&k={key}&co=aHR0cHM6Ly93d3c&hl={lang}&v={_hid(rng, 12)}&size=invisible&cb={_hid(rng, 12)}"
        html = (f'<div class="grecaptcha-badge" data-style="bottomright" style="width:256px;height:60px;display:block;transition:right 0.3s ease 0s;position:fixed;bottom:14px;right:-186px;'
                f'box-shadow:gray 0px 0px 5px;border-radius:2px;overflow:hidden;"><div class="grecaptcha-logo"><iframe title="reCAPTCHA" width="256" height="60" role="presentation" '
                f'name="a-{_hid(rng, 12)}" frameborder="0" scrolling="no" sandbox="allow-forms allow-popups allow-same-origin allow-scripts allow-top-navigation allow-modals allow-popups-to-escape-sandbox allow-storage-access-by-user-activation" '
                f'src="{esc(src)}"></iframe></div><div class="grecaptcha-error"></div><textarea id="g-recaptcha-response" name="g-recaptcha-response" class="g-recaptcha-response" '
                f'style="width:250px;height:40px;border:1px solid rgb(193,193,193);margin:10px 25px;padding:0px;resize:none;display:none;"></textarea></div>')
        ctx = _corner(rng, "br", (60, 70), frame="https://www.google.com/recaptcha/api2/anchor")
        ctx["rect"][2] = 70
        return html, "captcha", "reCAPTCHA v3 badge div.grecaptcha-badge[data-style=bottomright] (fixed bottom-right, iframe)", ctx
    if style == 1:
        src = f"https://www.google.com/recaptcha/api2/anchor?ar=1&k={key}&co=aHR0cHM6Ly93d3c&hl={lang}&v={_hid(rng, 12)}&size=normal&cb={_hid(rng, 12)}"
        html = (f'<div class="g-recaptcha" data-sitekey="{key}"><div style="width:304px;height:78px;"><div><iframe title="reCAPTCHA" width="304" height="78" role="presentation" '
                f'name="a-{_hid(rng, 12)}" frameborder="0" scrolling="no" sandbox="allow-forms allow-popups allow-same-origin allow-scripts allow-top-navigation allow-modals allow-popups-to-escape-sandbox allow-storage-access-by-user-activation" '
                f'src="{esc(src)}"></iframe></div></div></div>')
        return html, "captcha", "reCAPTCHA v2 checkbox div.g-recaptcha > iframe[title=reCAPTCHA]", _flow(rng, (304, 304), (78, 78), frame="https://www.google.com/recaptcha/api2/anchor")
    if style == 2:
        sk = "0x4AAAAAAA" + _hid(rng, 14)
        html = (f'<div class="cf-turnstile" data-sitekey="{sk}" data-theme="{rng.choice(("light", "auto"))}"><div><iframe src="https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv/{_hid(rng, 5)}/{sk}/auto/fbE/new/normal/auto/" '
                f'allow="cross-origin-isolated; fullscreen; autoplay" sandbox="allow-same-origin allow-scripts allow-popups" id="cf-chl-widget-{_hid(rng, 5)}" tabindex="0" '
                f'title="Widget containing a Cloudflare security challenge" style="border:none;overflow:hidden;width:300px;height:65px;"></iframe>'
                f'<input type="hidden" name="cf-turnstile-response" id="cf-chl-widget-x_response"></div></div>')
        return html, "captcha", "Cloudflare Turnstile div.cf-turnstile > iframe[title='Widget containing a Cloudflare security challenge']", _flow(rng, (300, 300), (65, 65), frame="https://challenges.cloudflare.com/cdn-cgi/challenge-platform/")
    wid = _hid(rng, 12)
    html = (f'<div class="h-captcha" data-sitekey="{_hid(rng, 8)}-{_hid(rng, 4)}-{_hid(rng, 4)}-{_hid(rng, 4)}-{_hid(rng, 12)}"><iframe src="https://newassets.hcaptcha.com/captcha/v1/{_hid(rng, 7)}/static/hcaptcha.html#frame=checkbox&id={wid}&host=www.example&sentry=true&hl={lang}" '
            f'tabindex="0" frameborder="0" scrolling="no" allow="private-state-token-issuance \'src\'; private-state-token-redemption \'src\'" title="Widget containing checkbox for hCaptcha security challenge" '
            f'data-hcaptcha-widget-id="{wid}" data-hcaptcha-response="" style="pointer-events:auto;width:303px;height:78px;overflow:hidden;"></iframe><textarea id="h-captcha-response-{wid}" name="h-captcha-response" style="display:none;"></textarea></div>')
    return html, "captcha", "hCaptcha div.h-captcha > iframe[title^='Widget containing checkbox for hCaptcha']", _flow(rng, (303, 303), (78, 78), frame="https://newassets.hcaptcha.com/captcha/v1/")


def _filters(rng, lang):
    groups = [("size", ("S", "M", "L", "XL")), ("color", ("#000", "#fff", "#c33", "#36c")), ("price", ("0–50", "50–100", "100+"))]
    rng.shuffle(groups)
    fs = "".join(f'<details class="{_cls(rng, "facet")}" open><summary>{esc(_t(k, lang))}</summary><ul>'
                 + "".join(f'<li><label><input type="checkbox" name="filter.{k}" value="{esc(v)}"> {esc(v)} <span class="{_cls(rng, "facet__count")}">({rng.randint(1, 80)})</span></label></li>' for v in vals)
                 + '</ul></details>' for k, vals in groups[:2])
    opts = "".join(f'<option>{esc(o)}</option>' for o in (_t("most_popular", lang), _t("price", lang) + " ↑", _t("price", lang) + " ↓", _t("new_arrivals", lang)))
    html = (f'<form class="{_cls(rng, "facets", "collection-filters")}" id="FacetFiltersForm"><h2 class="visually-hidden">{esc(_t("filter", lang))}</h2>{fs}'
            f'<label for="SortBy">{esc(_t("sort_by", lang))}</label><select id="SortBy" name="sort_by">{opts}</select></form>')
    return html, "filter_form", "Shopify-style facet filters form#FacetFiltersForm with details groups and sort select", _flow(rng, (240, 900), (200, 600))


def _nps(rng, lang):
    scale = "".join(f'<button type="button" class="{_cls(rng, "nps__score")}" aria-label="{n}">{n}</button>' for n in range(11))
    if rng.random() < 0.5:
        html = (f'<div id="wootric-modal" class="wootric-{rng.choice(("bottom", "desktop"))}" role="dialog" aria-labelledby="wootric-question"><div id="wootric-close">'
                f'<button type="button" aria-label="{esc(_t("close", lang))}">×</button></div><div id="wootric-question">{esc(_NPS[lang])}</div>'
                f'<div id="wootric-score-buttons" class="wootric-score-buttons">{scale}</div></div>')
        src = "Wootric/InMoment NPS survey #wootric-modal (approximate)"
    else:
        html = (f'<div class="{_cls(rng, "nps-survey", "survey-slidein")}" role="dialog" aria-label="{esc(_t("give_feedback", lang))}"><p>{esc(_NPS[lang])}</p>'
                f'<div class="{_cls(rng, "nps__scale")}" role="group">{scale}</div><button type="button" class="{_cls(rng, "nps__dismiss")}">{esc(_t("dismiss", lang))}</button></div>')
        src = "generic pattern: NPS survey slide-in with 0–10 scale"
    return html, "survey", src, _box(rng, "bottom", 100, (120, 180)) if rng.random() < 0.6 else _box(rng, "br", (320, 420), (160, 220))


def examples():
    templates = [
        ("login", _login, 40, LANGS),
        ("signup", _signup, 20, LANGS),
        ("contact", _contact, 36, LANGS),
        ("newsletter_embed", _newsletter_embed, 30, LANGS),
        ("klaviyo", _klaviyo, 30, LANGS),
        ("popup_vendors", _popup_vendors, 26, LANGS),
        ("editor_toolbar", _editor_toolbar, 40, LANGS),
        ("composer", _composer, 20, LANGS),
        ("settings", _settings, 20, LANGS),
        ("upload", _upload, 16, LANGS),
        ("otp", _otp, 12, LANGS),
        ("date", _date, 14, LANGS),
        ("captcha", _captcha, 30, LANGS),
        ("filters", _filters, 16, LANGS),
        ("nps", _nps, 14, LANGS),
    ]
    paths = ("/login", "/signin", "/account/login", "/signup", "/register", "/contact", "/contact-us", "/newsletter", "/",
             "/account/settings/notifications", "/messages/{n}", "/forum/t/{n}", "/collections/all", "/book", "/support/new",
             "/blog/2026/11/notes", "/wp-login.php", "/my-account")
    return _emit("neg_page_forms", templates, paths, wrap_p=0.35)
