import pytest

from cleaner.detectors import Prompts

ARTICLE = "The council met on Monday and approved the budget for next year."


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our newsletter",
        "Sign Up",
        "Subscribe in a reader",
        "Receive The Daily Ledger by email every day, or subscribe via RSS!",  # a blog's sidebar
        "Get Example Sun headlines emailed to you daily.",
        "Sign up for free email updates and be entered to win our monthly giveaway!",
        "Did you like this article? You can get the complete text of all the latest articles in your email inbox each morning.",
        "Subscribe via RSS",
        "Consider a donation if you like what you see here!",
        "We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.",
        "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito. Se continui ad utilizzare questo sito noi assumiamo che tu ne sia felice.",
        "Subscribe to: Post Comments (Atom)",
        "Breaking News Emails",
        "Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.",
        "This site is protected by recaptcha Privacy Policy | Terms of Service",
        "Subscribe to our newsletter!",
        "Subscribe to Canada Free Press for FREE",
        "To receive ongoing messages from the author, go to www.example.com and request to be added to the mailing list.",
        "Add your name to millions demanding that Congress take action. IMPEACH NOW!",
        "Sign the petition",
        "Donate now",
        "Please consider supporting our work with a donation",
        "This website uses cookies to improve your experience",
        "We use cookies to personalise content and ads.",
        "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy",
        "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Advance Local.",
        "Community Rules apply to all content you upload or otherwise submit to this site.",
        "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.",
        "Accept all cookies",
        "Like our page on facebook.",
        "Follow us on Twitter",
        "Follow us on Facebook, Twitter and Instagram.",  # a list of networks
        "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
        "Folgen Sie uns auf Facebook, Twitter und Instagram.",
        "Suivez-nous sur Facebook, Twitter et Instagram !",
        "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica",
        "Follow The Gleaner on Twitter @JamaicaGleaner. Send us a message on WhatsApp at 1-876-555-0100 or email us.",
        "[FACEBOOK]: http://www.facebook.com/example (An interactive community of over 3,500,000)",
        "[TWITTER]: http://twitter.com/example",
        "Share this: Reddit",
        "Share this on Facebook: Facebook",
        "See an error in this article? Send us a correction",
        "If you would like to write an op-ed for the Washington Examiner, please read our guidelines on submissions here.",
        "Your Vote Matters! Vote Now!",
        "Share this post and leave your comment below.",
        "SHARE IF YOU WANT THE TRUTH EXPOSED!",
        "Will you support the mayor or another candidate? Share your thoughts!",
        "Abonnieren Sie unseren Newsletter",
        "Abonniere unseren Newsletter",
        "Fanden Sie diesen Artikel nützlich?",
        "Diese Website verwendet Cookies",
        "Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu.",
        "Este sitio web utiliza cookies para mejorar su experiencia. Si continúa navegando, acepta su uso.",
        "Aceptar todas las cookies",
        "Questo sito utilizza i cookie per migliorare la tua esperienza. Continuando la navigazione accetti il loro utilizzo.",
        "Deze website maakt gebruik van cookies om uw ervaring te verbeteren.",
        "Мы используем файлы cookie, чтобы улучшить работу сайта. Продолжая использовать сайт, вы соглашаетесь с этим.",
        "Manage cookie preferences",
        "This site is best viewed using 800 x 600 resolution with Internet Explorer 4.5 or Netscape 6.",
        "Inscrivez-vous à notre newsletter",
        "Ce site utilise des cookies",
        "Suscríbete a nuestro boletín",
        "Iscriviti alla newsletter",
        "Assine a nossa newsletter",
        "Подпишитесь на нашу рассылку",
        "Sign Up for e-mail newsletters",
        "No spam, we promise. You can unsubscribe at any time.",
        "Want more stories like this?",
        "Every day we send an email with the best stories of the day.",
        "Click here to subscribe to the Weekly Digest",
        "Subscribe to Example Tech on YouTube for more reviews:",
        "Get the latest headlines right in your inbox",
        "Stay up to date with Example Media.",
        "No thanks",
        "Please, fill the form to subscribe to our newsletter",
        "You have succesfully subscribed. Thank you!",
        "An email with an activation link has just been sent to your email address. Please activate your subscription.",
        "Want more deals? Join the Example Deals Newsletter.",
        "There's plenty more where that came from. Sign up for The Example Daily today to get the free newsletter delivered to your inbox.",
        "Subscribe to Example.com’s newsletters.",
        "Subscribe to EXAMPLE and stay smart with more of your favorite writers.",
        "Need more space? Subscribe to our sister title Example Space Magazine for the latest news from the final frontier!",
        "Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @janedoe.",
        "Got a tip? Email tips@example.com or Signal 555-0100.",
        "Have a Tip, Pitch or Guest Column? Tell us.",
        "Follow AP's full coverage of the election at https://apnews.com/election",
        "Join our Newsletter for the latest news right to your inbox",
        "Get the latest news straight to your phone with the Example News app.",
        "EXAMPLE Would Like To Send You Push Notifications.",
        "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.",
        "We want to hear what you think about this article. Submit a letter to the editor.",
        "Support Example Media and make a difference for readers everywhere.",
        "Support Example Media so we continue to pursue the facts — for you and anyone searching for answers.",
        "Do you rely on Example reporting? Click here to support it.",
        "The Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think about this or any of our articles.",
        "Jetzt zum kostenlosen Newsletter anmelden »",
        "Kostenlos registrieren und weiterlesen",
        "Schon registriert? Hier einloggen",
        "Bitte geben Sie Ihre E-Mail-Adresse ein, um diesem Blog zu folgen und Benachrichtigungen über neue Posts per E-Mail zu erhalten.",
        "Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern.",
        "Ihr Beitrag hilft, unsere Berichterstattung weiter auszubauen.",
        "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS",
        "Found This Helpful",  # a how-to site's vote button under the byline
        "Was this helpful?",
    ],
)
def test_flags_prompt_lines(flagged, line):
    assert flagged(Prompts(), f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == [line]


def test_prompts_glued_to_the_end_of_a_paragraph_are_cut(flagged):
    text = "The vote is set for March. Sign up for our newsletter. Follow us on Twitter."
    assert [s.strip() for s in flagged(Prompts(), text)] == ["Sign up for our newsletter. Follow us on Twitter."]


def test_a_line_of_prompts_goes_whole(flagged):
    text = "LIKE and SHARE this article or leave a comment to help direct attention to the stories that matter. And SUBSCRIBE to stay connected with Example News content!"
    assert flagged(Prompts(), text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Subscribers to the plan pay $10 a month.",
        "The petition was signed by 2,000 people in a week.",
        "She decided to donate her savings to the hospital.",
        "Cookies were served after the ceremony.",
        "He asked voters to follow the rules on Tuesday.",
        "Support for the measure has grown since March.",
        "Support and QA",
        "What do you think about this?",  # the author's question stays
        "Sign up sheets were posted at the town hall on Friday.",
        "Voters can sign up until Friday.",
        "No spam filter caught the message, the company said.",
        "Every day we send an email to the staff with the schedule, the manager said.",
        "The court said use of the site constituted acceptance of its terms, a view the judge rejected.",
        "No thanks were given to the volunteers who cleared the road.",
        "Stay up to date with the news, the mayor told residents, and check the city's website before travelling.",
        "Subscribe to cable and you pay for channels you never watch.",
        "Follow the money, the prosecutor told the jury on Monday.",
        "Follow Route 9 on Monday, Tuesday and Friday, the detour signs said.",
        "She said they would send us a message on Monday at the latest.",
        "The comet is best viewed in the hour before dawn, astronomers said.",
        "This website uses cookies, the investigation found, and shares the data with forty companies.",
        "Si continúa lloviendo, el partido se suspenderá, dijo el árbitro.",
        "Continuando la navigazione del fiume, gli esploratori trovarono un villaggio.",
        "Got a tip from a neighbour, the officers raided the house on Monday.",
        "Have a tip for saving money on groceries? The bank has some advice.",
        "Subscribe to cable and you pay for channels you never watch. Subscribe to Netflix and you pay for one.",
        "Why pay twice? Subscribe to Netflix and you pay for one.",
        "The mayor asked voters to back the plan. Support Ukraine and make a difference, she said.",
        "Privacy & Cookies: the new rules explained by our reporter",
        "Join our newsletter team, the editor wrote in 2019, was the best decision she ever made.",
        "Lust auf mehr Sonne haben die meisten Urlauber im Februar.",
        "Consider a donation of a kidney: the surgeon says it is safer than most people think.",
    ],
)
def test_leaves_prose_alone(flagged, text):
    assert flagged(Prompts(), text) == []
