import pytest

from cleaner.detectors import PageTails

BODY = "\n\n".join(
    [
        "The council met on Monday and approved the budget for next year after a long debate.",
        "Members said the plan would cut waiting times at the city's clinics by half within two years.",
        "The mayor called the vote a turning point and thanked the staff who had prepared the figures.",
    ]
)


@pytest.mark.parametrize(
    "line",
    [
        "Filed under: democracy, Regime Change | Tagged: dennis kucinich, impeachment | 1 Comment »",
        "Filed under: War on Yemen, Yemen |",
        "Posted in Current Events |",
        "Tags: chess, Carlsen, Oslo",
        "Schlagwörter: Politik, Berlin",
        "Verschlagwortet mit: Politik, Berlin",  # WordPress's German tag line
        "getaggt mit:Grundeinkommen, Berlin",
        "Mots-clés : politique, Paris",
        "Copyright (c) Marler Clark LLP, PS. All rights reserved.",
        "© 2019 The Associated Press",
        "ⓒ 2019 Example Media",  # the circled letter Korean and Japanese sites print for the sign
        "All content © Copyright 2004 - 2008, Example Media",  # what the site's notice says before its mark
        "Site contents copyright © 1995 - 2006 Example Media",
        "Copyright 2013 Jane Doe, http://www.example.com, All Rights Reserved. Please copy and share this article as long as it is shared in its entirety.",
        "Alle Rechte vorbehalten.",
        "Tous droits réservés",
        "Все права защищены",
        "The views expressed in this opinion article are solely those of their author and are not necessarily either shared or endorsed by Example.com",
        "Note: We at Example cannot make any warranties about the completeness, reliability and accuracy of this information.",
        "Disclaimer",  # a footer link or a heading
        "Disclaimer for details.",
        "Disclaimer: The content is solely the responsibility of the authors and does not necessarily represent the views of the institute.",
        "Josh Gerstein is a senior reporter for POLITICO.",
        "— Tom Rogan is a writer, a panelist on The McLaughlin Group, and a fellow at the Steamboat Institute.",
        "Michael Rubin (@Mrubin1971) is a contributor to the Washington Examiner's Beltway Confidential blog.",
        "LifeNews.com is an independent news agency devoted to reporting news that affects the pro-life community.",
        "Tyler Cochran studies Political Science and Religion at Missouri State University. He is a Media Ambassador.",
        "Max Mustermann ist Redakteur im Ressort Politik.",
        "Jean Dupont est journaliste au service politique.",
        "September 27th, 2012 | Tags: context, free speech, norms | Category: Uncategorized |",
        "12 March 2011 • Filed under: Politics, Economy",
        "Example Media may earn an affiliate commission if you purchase something through links in this article.",
        "If you buy something through this post, we may get a share of the sale.",
        "Advertising disclosure: We may receive compensation from the companies whose products we review.",
        "This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products.",
    ],
)
def test_flags_page_tail_lines(flagged, line):
    assert flagged(PageTails(), f"{BODY}\n\n{line}") == [line]


def test_authors_label_left_alone_at_the_end(flagged):
    assert flagged(PageTails(), f"{BODY}\n\nAuthors:") == ["Authors:"]


def test_bio_goes_on_about_the_same_person(flagged):
    tail = [
        "Joseph P. Martino has authored over 165 quotes and poems.",
        "Johnny Carson played with his practice bat on the show.",
        "Martino played army and semi-pro baseball.",
    ]
    assert flagged(PageTails(), BODY + "\n\n" + "\n\n".join(tail)) == tail


def test_copyright_glued_to_the_end_is_cut(flagged):
    text = f"{BODY}\n\nanother day's journey into life's great unknown. copyright by: Joseph P. Martino"
    assert [s.strip() for s in flagged(PageTails(), text)] == ["copyright by: Joseph P. Martino"]


def test_tag_list_after_a_lone_lead_in(flagged):
    text = f"{BODY}\n\nRelated Topics\n\nJustin Bieber\n\nTaylor Swift\n\nMusic"
    assert flagged(PageTails(), text) == ["Related Topics", "Justin Bieber", "Taylor Swift", "Music"]


@pytest.mark.parametrize(
    "text",
    [
        "Copyright law changed in 1998, the judge noted.",
        "Markiert mit roten Pfeilen ist der Weg zum Gipfel.",  # a tag lead-in's words in a sentence
        "Copyright Infringement Lawsuit Filed Against Studio",
        "(c) Canada, France and Germany signed the pact.",
        "Content is king © 2012",  # a lead-in is no notice without a holder's name
        "Tags were attached to every bag at the airport.",
        "Posted in Current Events",  # no colon and no delimiter after it: may be a sentence's start
        "The President is a former lawyer who taught at Harvard.",  # not a name
        "Smith is a professor at the university.",  # a surname alone: the story's subject
        "The views expressed by the minister drew criticism from the opposition.",
        "William Gibson is one of the most influential and out there science fiction writers of our time.",
        "Authors: Jane Doe and John Roe",
        "March 3, 2011 | The council met on Monday and approved the budget.",  # a date, then no tags
        "Monday | Tags: a, b",  # a weekday is no date line
        "The retailer pays an affiliate commission of 5 percent, the filing shows.",  # one phrase of a disclosure
        "Our advertisers pulled out after the vote, and the paper said it would receive compensation from the city.",
        # an author's aside that opens with the word, long and with no disclaimer phrase besides it
        'Disclaimer: if your update looks bigger when you press "update" by hand, that is because the new patches only reach background updates for now.',
    ],
)
def test_leaves_prose_alone(flagged, text):
    assert flagged(PageTails(), f"{BODY}\n\n{text}") == []


def test_a_bio_in_the_middle_of_the_story_stays(flagged):
    middle = "Jane Roe is a senior fellow at the Brookings Institution."
    text = "\n\n".join([middle] + [BODY] * 3)
    assert flagged(PageTails(), text) == []


PARAGRAPH = "The council met on Monday and approved the budget for next year after a long debate."


@pytest.mark.parametrize(
    "box",
    [
        ["About Jason Fried", "Jason co-founded 37signals back in 1999.", "He also co-authored REWORK."],
        ["Über Moritz Bachmann", "Moritz Bachmann ist Inbound Sales Manager."],
        ["About Hacker Monthly", "Hacker Monthly is a print magazine curated from the top articles of Hacker News."],
    ],
)
def test_an_about_box_anywhere_goes(flagged, box):
    text = "\n\n".join([PARAGRAPH, *box, PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH])
    assert flagged(PageTails(), text) == box


@pytest.mark.parametrize(
    "pair",
    [
        ["About the plan", "The council said it would vote again in May."],  # a subheading
        ["About Jason Fried", "He co-founded 37signals back in 1999."],  # the box must name him first
        ["About Jason Fried", "The council said it would vote again in May."],
    ],
)
def test_what_only_looks_like_an_about_box_stays(flagged, pair):
    assert flagged(PageTails(), "\n\n".join([PARAGRAPH, *pair, PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH])) == []


def test_an_about_box_goes_only_from_a_text_with_other_residue():
    import cleaner

    text = f"{PARAGRAPH}\n\nAbout Jason Fried\n\nJason co-founded 37signals back in 1999."
    assert cleaner.clean(text) == text
    assert "Jason" not in cleaner.clean(text + "\n\nIf you like this story, share it with a friend!")


@pytest.mark.parametrize(
    "tags",
    ["Filed under: Politics, Economy | Tagged: budget, council", "November 5, 2012 | Category: Election 2012 | Tags: vote, polls"],
)
def test_a_tag_line_goes_only_from_a_text_with_other_residue(tags):
    import cleaner

    text = f"{BODY}\n\n{tags}"
    assert cleaner.clean(text) == text  # clean copy of a post may close with its tags
    assert "Tagged" not in cleaner.clean(text + "\n\nIf you like this story, share it with a friend!")
    assert "Tags" not in cleaner.clean(text + "\n\nIf you like this story, share it with a friend!")


@pytest.mark.parametrize(
    "meta",
    [
        "This entry was posted in Mobile and tagged Android, Chrome by Rob Tiffany. Bookmark the permalink.",
        "This entry was posted on 23 October 2012 at 8:14 pm and is filed under Politics, Issues and Ideas.",
    ],
)
def test_a_posts_meta_line_goes_only_from_a_text_with_other_residue(meta):
    import cleaner

    text = f"{BODY}\n\n{meta}"
    assert cleaner.clean(text) == text  # clean copy of a post may close with it, as with its tags
    assert cleaner.clean(text + "\n\nIf you like this story, share it with a friend!") == BODY
    assert PageTails().post_meta(meta) == "post meta line 'This entry was posted'"


@pytest.mark.parametrize(
    "meta",
    [
        "Dieser Eintrag wurde veröffentlicht in Innovation und verschlagwortet mit Steve Jobs von Guido. Permanentlink.",
        "Cette entrée a été publiée dans Actualités, avec comme mot(s)-clef(s) pont. Vous pouvez la mettre en favoris avec ce permalien.",
        "Esta entrada fue publicada en Noticias y etiquetada puente. Guarda el enlace permanente.",
        "Questa voce è stata pubblicata in Notizie e contrassegnata con ponte. Contrassegna il permalink.",
        "Dit bericht werd geplaatst in Nieuws en getagd brug. Bookmark de permalink.",
        "Esta entrada foi publicada em Notícias e marcada com ponte. Adicione o link permanente aos seus favoritos.",
    ],
)
def test_a_posts_meta_line_in_the_languages_of_blog_templates(meta):
    assert PageTails().post_meta(meta) is not None


def test_a_sentence_that_opens_like_a_meta_line_but_runs_long_is_prose():
    sentence = "This entry was posted by " + " ".join(["a reader who wrote at length"] * 12) + "."
    assert PageTails().post_meta(sentence) is None


@pytest.mark.parametrize(
    "notice",
    [
        "This work is licensed under a Creative Commons License.",
        "Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.",
        "All photos are published under Creative Commons License 3.0 Germany (CC BY-NC-ND 3.0 DE)",
        "Texte auf dieser Webseite stehen unter einer Creative Commons Namensnennung 3.0 Unported Lizenz.",
        "Alle Inhalte unterliegen dieser Creative-Commons-Lizenz.",
        "Ce site est sous licence Creative Commons BY-SA.",
        "Este contenido está bajo una licencia Creative Commons.",
    ],
)
def test_a_license_notice_goes_only_from_a_text_with_other_residue(notice):
    import cleaner

    text = f"{BODY}\n\n{notice}"
    assert cleaner.clean(text) == text  # a clean text may close with the license it is under
    assert cleaner.clean(text + "\n\nIf you like this story, share it with a friend!") == BODY


@pytest.mark.parametrize(
    "text",
    [
        "Die Cider Connection verschickt Abmahnungen gegen Nutzer von Creative-Commons-Bildern.",
        "License: Creative Commons image source",  # no phrase that puts content under the license
        "The agency said the photographs, which the museum had released under a Creative Commons license "
        + "in 2015 after a long debate among its curators about access, " * 3
        + "were used without credit.",  # a sentence of an article, far longer than a notice
    ],
)
def test_what_only_mentions_creative_commons_is_no_license_notice(text):
    assert PageTails().license_notice(text) is None
