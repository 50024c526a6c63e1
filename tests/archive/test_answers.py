"""records.archive.answers: prompts with their answers, sections, groups and the form."""

from records.archive import Answer, parse
from tests.factories import parse_seed, plan_text


def test_seed_plan_answers_keyed_in_document_order():
    doc = parse_seed("000")
    assert [a.key for a in doc.answers] == [
        "title",
        "challenge_type",
        "challenge_statement",
        "background",
        "quantitative_evidence",
        "qualitative_evidence",
        "value_proposition",
        "tweet_summary",
        "partners",
        "partner_name",
        "partner_sector",
        "partner_description",
        "partner_new",
        "learning_question",
        "learning_stage",
        "methods_usage",
        "data_gaps",
        "early_leads",
    ]
    assert [a.group for a in doc.answers if a.group is not None] == [0, 1, 2, 3, 4, 5]


def test_seed_plan_answer_text_cleaned():
    doc = parse_seed("000")
    by_key = {a.key: a for a in doc.answers}
    assert by_key["challenge_type"].text == ""  # the template's "Please note: …" is no answer
    assert by_key["learning_stage"].text == "- Grow"
    assert by_key["tweet_summary"] == Answer(
        section="Challenge statement",
        prompt="Short “tweet” summary: We would like to tweet what you are working on, can you "
        "summarize your challenge in a maximum of 280 characters?",
        key="tweet_summary",
        text="We are bringing more women into STEM fields to retain more talented STEM "
        "specialists in the country and to grow their number overall.",
    )
    evidence = doc.answers[4]  # a group under its question, which keeps it
    assert evidence.prompt.startswith("Quantitative evidence: What (official) data sources")
    assert (evidence.key, evidence.group) == ("quantitative_evidence", 0)
    assert evidence.text.startswith("https://dim.gov.az/upload/iblock/e7d/")


def test_parse_group_closes_at_the_first_div_line():
    body = (
        '<div class="group">\n> \nfirst\n<div>\n</div>\nlost\n</div>\n'
        "> Please provide a name for your action learning plan.\nName\n</div>\n"
    )
    doc = parse(plan_text(body))
    assert [(a.key, a.text, a.group) for a in doc.answers] == [
        ("", "first", 0),  # the pasted <div> lines are no text
        ("title", "Name", None),
    ]
    assert doc.form == "start"


def test_parse_unknown_quote_line_in_plan_is_answer_text():
    body = (
        "> Usage of methods: how will you use your methods &amp; tools?\n\n"
        "> Behavioral insights: we look at constraints.\n"
    )
    doc = parse(plan_text(body))
    assert doc.answers == [
        Answer(
            "Title",
            "Usage of methods: how will you use your methods & tools?",
            "methods_usage",
            "> Behavioral insights: we look at constraints.",
        )
    ]


def test_parse_close_a_wins_over_start():
    body = (
        "> What are the top 5 key insights you generated?\n1. One 2. Two\n"
        "> Please provide a name for your action learning plan.\nPlan\n"
    )
    doc = parse(plan_text(body))
    assert (doc.form, doc.insights) == ("close-a", ["One", "Two"])


def test_hard_wrapped_answer_joined_a_list_of_names_kept():
    doc = parse(
        "# T\n\n[[type:learningplan]]\n## Partners\n\n"
        "> Please state the name of the partner:\n\nL'association des innovateurs du Burkina,\n"
        "l'office nationale de l'eau et de l'assainissement,\nla municipalité de Ouahigouya\n"
        "> Please provide a brief description of the collaboration.\n\n"
        "Un contrat de travail sur la base d'un budget et de livrable sera signé pour\n"
        "formaliser la collaboration avec les innovateurs.\n"
    )
    assert [a.text for a in doc.answers] == [
        "L'association des innovateurs du Burkina,\n"
        "l'office nationale de l'eau et de l'assainissement,\nla municipalité de Ouahigouya",
        "Un contrat de travail sur la base d'un budget et de livrable sera signé pour "
        "formaliser la collaboration avec les innovateurs.",
    ]
