"""An article's paragraphs cleaned of link labels, photo credits, contact lines and markdown."""

import pytest

from records.archive.blog_pages.cleaning import clean_body, clean_paragraph


@pytest.mark.parametrize(
    ("paragraph", "cleaned"),
    [
        # "(link is external)" after a link, inside brackets, glued to the next word.
        (
            "Mayors 4 Economic Growth(link is external), the Fund.",
            "Mayors 4 Economic Growth, the Fund.",
        ),
        (
            "This Digital Public Good (DPG(link is external)) is open.",
            "This Digital Public Good (DPG) is open.",
        ),
        ("around 40% (link is external)marine pollution", "around 40% marine pollution"),
        ("Accelerator Labs(link is external)", "Accelerator Labs"),
        # A caption ending in its credit goes whole; so does a credit line.
        ("Vendors at the market in Kampala. Photo credit: UNDP Uganda/Hadijah Nabbale", ""),
        ("Photo: Shahzad Ahmad/UNDP Pakistan", ""),
        ("Les femmes artisanes en formation crédit photo : PNUD Algérie", ""),
        ("Beautiful beaches are being covered with waste (Photo: Zing)", ""),
        ("Image 2: Innovation champions in a workshop with the Lab", ""),
        # The next paragraph glued to the credit stays.
        (
            "Vendors at the market. Photo credit: UNDP Uganda/Hadijah NabbaleThis blog captures "
            "learning from the Labs.",
            "This blog captures learning from the Labs.",
        ),
        (
            "Crédits Photo : Acclab CongoLe PNUD au Congo s’emploie à appuyer",
            "Le PNUD au Congo s’emploie à appuyer",
        ),
        # A credit with a sentence after it: the credit alone goes.
        (
            "Photo: UN Barbados. Impact of ashfall from the 2021 eruption " + "x" * 300,
            "Impact of ashfall from the 2021 eruption " + "x" * 300,
        ),
        # Prose that names a photo or a credit stays.
        (
            "Carbon credits: a market we studied in depth.",
            "Carbon credits: a market we studied in depth.",
        ),
        (
            "Image: " + "a long paragraph of prose " * 20,
            ("Image: " + "a long paragraph of prose " * 20).strip(),
        ),
        # Contact lines go; a sentence asking to write to us stays.
        ("Email: [e-mail removed] Website: https://www.ph.undp.org", ""),
        ("Twitter: @f_pickup @UNDPSerbia @SDGintegration", ""),
        ("Contact :", ""),
        ("j.doe@undp.org – Head of Solutions Mapping", ""),
        ("Mobile: the next frontier of banking", "Mobile: the next frontier of banking"),
        ("Tel: +233 302 215670-83", ""),
        ("Write to us at [e-mail removed] to join.", "Write to us at [e-mail removed] to join."),
        # Literal markdown is read.
        ("What *Really* Drives Informal Businesses?", "What Really Drives Informal Businesses?"),
        ("> A quoted line", "A quoted line"),
        (">", ""),
        ("**Bold lead** and 2 * 3 * 4 stays", "Bold lead and 2 * 3 * 4 stays"),
        # A sentence run into the next gets its space back; abbreviations keep theirs.
        ("circular practices.For instance, Viet Nam", "circular practices. For instance, Viet Nam"),
        ("the U.S. and e.g. Node.js", "the U.S. and e.g. Node.js"),
        ("économie circulaire.Cérémonie de clôture", "économie circulaire. Cérémonie de clôture"),
        # A line run into the next without a stop is parted; names in camel case stay.
        (
            "Proposed experimentThe proposed policy experiment",
            "Proposed experiment\n\nThe proposed policy experiment",
        ),
        ("circular practicesAs we saw", "circular practices\n\nAs we saw"),
        ("Design PrincipleA standout workshop", "Design Principle\n\nA standout workshop"),
        ("GovernanceIn another session", "Governance\n\nIn another session"),
        ("Follow us on LinkedIn for more", "Follow us on LinkedIn for more"),
        # A title-case heading run into its paragraph is parted; a caption given twice, once.
        (
            "Toxic Polarization Powered by Mis-DisinformationPublic institutions are losing",
            "Toxic Polarization Powered by Mis-Disinformation\n\nPublic institutions are losing",
        ),
        ("Le produit Speed GelLe produit Speed Gel", "Le produit Speed Gel"),
        ("Le produit Speed Gel Le produit Speed Gel", "Le produit Speed Gel"),
        ("Gel Gel", "Gel Gel"),  # shorter than a caption
        ("Speed\nGel Speed\nGel", "Speed\nGel Speed\nGel"),  # over two lines
        ("Speed Gel, Speed Gel", "Speed Gel, Speed Gel"),
        # A credit without a colon opening a short paragraph, after "©", or as "Org/ Name".
        ("Photo by Joshua Sortino on Unsplash", ""),
        ("Visão geral do mini-portfólio. © AccLabAO", ""),
        ("PNUD Guatemala/ Paola Constantino", ""),
        ("The photo by the river was nice.", "The photo by the river was nice."),
        ("UNDP/UNICEF joint programme", "UNDP/UNICEF joint programme"),
    ],
)
def test_clean_paragraph(paragraph, cleaned):
    assert clean_paragraph(paragraph) == cleaned


def test_clean_body_drops_emptied_paragraphs():
    body = "First.\n\nPhoto: UNDP Kenya\n\n>\n\nSecond(link is external)."
    assert clean_body(body) == "First.\n\nSecond."


def test_a_huge_paragraph_is_cleaned_in_linear_time():
    paragraph = "Photo: " + "word (link is external) *a " * 50_000
    assert "(link is external)" not in clean_paragraph(paragraph)
