"""records/archive.py: the archive format parser.

Real files live in tests/data/<type>/ under their archive names (copied unchanged from the
archive); the five seeds come from the repository's seeds/ folder. No database is needed.
"""

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from records.archive import Answer, PartnerMention, decode, parse, sniff_type
from tests.factories import DATA, SEEDS


def load(relative: str):
    path = DATA / relative
    return parse(decode(path.read_bytes()), path.name)


def seed(number: str):
    path = next(SEEDS.glob(f"{number}_*"))
    return parse(decode(path.read_bytes()), path.name)


def partners(doc) -> list[tuple[str, str]]:
    return [(p.name, p.sector) for p in doc.partners]


# -- seeds: the learning plan (START) ---------------------------------------------------------


def test_seed_plan_header_fields():
    doc = seed("000")
    assert (doc.type, doc.form, doc.year, doc.focal_point) == (
        "learningplan",
        "start",
        2023,
        "leyla.seyidzade@undp.org",
    )
    assert doc.locations == [("Azerbaijan", "40.28911896407594,47.54211129052379")]
    assert doc.sdgs == [5, 8, 9]
    assert doc.methods == ["System Thinking", "Sensemaking", "Proof of concept", "Crowdsourcing"]
    assert doc.data_sources == ["press", "trend watchers news", "solutions mapping"]
    assert doc.warnings == []


def test_seed_plan_truncated_title_completed_from_title_answer():
    doc = seed("000")
    assert doc.title_line == (
        "Growing number of women in STEM fields and helping them to advance througho…"
    )
    assert doc.title == (
        "Growing number of women in STEM fields and helping them to advance throughout their "
        "careers."
    )


def test_seed_plan_answers_keyed_in_document_order():
    doc = seed("000")
    assert [a.key for a in doc.answers] == [
        "title",
        "challenge_type",
        "challenge_statement",
        "background",
        "quantitative_evidence",
        "",
        "qualitative_evidence",
        "",
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
    doc = seed("000")
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
    evidence = doc.answers[5]
    assert (evidence.prompt, evidence.group) == ("", 0)
    assert evidence.text.startswith("https://dim.gov.az/upload/iblock/e7d/")


def test_seed_plan_partners_listed_in_one_name_answer():
    doc = seed("000")
    assert doc.partners == [
        PartnerMention(
            "Association of Women Scientists of Azerbaijan",
            "civil_society",
            "helping us to implement our mentorship program",
        ),
        PartnerMention(
            "American Chamber of Commerce",
            "private_sector",
            "helping to engage with potential mentors from business sector",
        ),
        PartnerMention(
            "SmartNation",
            "civil_society",
            "testing in the regions #heforshe model, engaging with fathers of girls",
        ),
        PartnerMention(
            "Innovation and Digital Development Agency",
            "government",
            "observer, not much of interaction",
        ),
        PartnerMention(
            "Safavvy.org",
            "private_sector",
            "online educational platform that develops STEM for girls training course for us",
        ),
    ]


# -- seeds: the closing reports (CLOSE-A) -----------------------------------------------------


def test_seed_closing_title_completed_from_first_insight():
    doc = seed("001")
    assert doc.form == "close-a"
    assert doc.title_line == (
        "- To progress STEM students need personal interaction with role models, ind…"
    )
    assert doc.title == (
        "To progress STEM students need personal interaction with role models, individual approach"
    )


def test_seed_closing_insights_are_the_bullets():
    assert seed("001").insights == [
        "To progress STEM students need personal interaction with role models, individual approach",
        "While advocating for women in STEM, need to include men into the dialogue",
        "Quotas for women in STEM could be applied, but there should be development work behind",
        "We have to be careful with positive discrimination issues",
    ]


def test_seed_closing_partners_one_per_line_sector_from_prompt():
    assert partners(seed("001")) == [
        ("Association of Women Scientists of Azerbaijan", "civil_society"),
        ("SmartNation", "civil_society"),
        ("State Oil Academy", "academia"),
        ("Baku Oil Higher School", "academia"),
        ("State Technical University", "academia"),
        ("American Chamber of Commerce", "private_sector"),
        ("Safavvy.org", "private_sector"),
        ("Innovation and Digital Development Agency", "government"),
    ]


def test_seed_closing_blog_urls_from_markdown_link():
    assert seed("001").blog_urls == [
        "https://www.undp.org/azerbaijan/blog/more-women-and-girls-azerbaijan-are-getting-"
        "involved-science"
    ]
    assert seed("002").blog_urls == []  # "Blog is on its way …"


def test_seed_closing_insights_are_the_last_list_after_intros():
    insights = seed("002").insights
    assert len(insights) == 5
    assert insights[0].startswith("Even though Uzbek society does not approve/support girls")
    assert (
        insights[2] == "Surprisingly many fathers support their daughters in getting STEM education"
    )
    assert insights[4].startswith("In general picture – for the last several decades")


def test_seed_closing_na_answers_give_no_partner():
    assert partners(seed("002")) == [
        ("Universities that have STEM departments", "academia"),
    ]


def test_seed_closing_data_sources_deduplicated_by_slug():
    assert seed("002").data_sources == ["ethnographic data", "focus group", "in-depth interviews"]


# -- seeds: blogs -----------------------------------------------------------------------------


def test_seed_blog_header_fields():
    doc = seed("003")
    assert (doc.type, doc.title, doc.year, doc.published_on) == (
        "blog",
        "More women and girls in Azerbaijan are getting involved in science",
        2022,
        datetime.date(2022, 10, 13),
    )
    assert doc.source_url == (
        "https://www.undp.org/azerbaijan/blog/more-women-and-girls-azerbaijan-are-getting-"
        "involved-science"
    )
    assert doc.countries == ["Azerbaijan"]
    assert (doc.answers, doc.insights, doc.partners, doc.warnings) == ([], [], [], [])


def test_seed_blog_upper_case_english_date():
    doc = seed("004")
    assert (doc.title, doc.year, doc.published_on, doc.countries) == (
        "Join Community of Practices #STEM4ALL",
        2021,
        datetime.date(2021, 10, 12),
        ["Kyrgyzstan"],
    )


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_sniff_type_agrees_with_parse_on_seeds(number):
    path = next(SEEDS.glob(f"{number}_*"))
    text = decode(path.read_bytes())
    assert sniff_type(text) == parse(text).type


# -- learning plans from the archive ----------------------------------------------------------


def test_plan_header_only_has_no_answers():
    doc = load("learningplan/facilitating_community_ownership_of_development_initiatives.md")
    assert (doc.type, doc.form, doc.title, doc.year, doc.countries) == (
        "learningplan",
        "",
        "Facilitating Community Ownership of Development Initiatives",
        2023,
        ["Nigeria"],
    )
    assert (doc.answers, doc.insights, doc.partners, doc.warnings) == ([], [], [], [])


def test_insights_numbered_with_dashes():
    doc = load("learningplan/1__accelerator_lab_can_intervene_during_cpd_design.md")
    assert doc.insights == [
        "Early CPD design intervention through Accelerator Lab can improve outcomes.",
        "Accelerator Lab enables successful project development under program pillars.",
        "Reflective sensemaking is an effective tool to synchronize CO work and review past "
        "experiences.",
        "Stronger collaboration was achieved through Accelerator Lab's approach during "
        "sensemaking.",
        "Sensemaking increased management and program engagement with Accelerator Lab.",
    ]
    assert doc.blog_urls == []  # a file name, not a link


def test_insights_flattened_numbering_split_and_title_completed():
    doc = load(
        "learningplan/1__there_is_a_huge_potential_for_green_mobility_in_kathmandu_due_to_rising__.md"
    )
    assert doc.insights == [
        "There is a huge potential for green mobility in Kathmandu due to rising pressure or Air "
        "Pollution in metropolitan cities of Nepal.",
        "Qualitative research proved very effective in terms of getting insights from the target "
        "segment.",
        "Incentivizing people for using green alternatives might not be a permanent fix for "
        "decreasing people's carbon footprint.",
        "The government and the private sector needs to jointly develop sustainable green "
        "mobility plans.",
    ]
    assert doc.title == doc.insights[0]


def test_insights_flattened_nbsp_dash_list():
    doc = load(
        "learningplan/_________collective_intelligence_workshop_on_how_to_identify_the_main_chall_.md"
    )
    assert doc.insights == [
        "Collective intelligence workshop on how to identify the main challenges on water scarcity",
        "Using open source tools to develop digital solution for smart territories",
        "Organizing a smart city caravan to meet innovators in different regions of Morocco",
        "Introduction of new generation equipement to helps entrepreneurs to test ideas",
        'Concept like "Do It Yourself" are important and can lead city to a smarter development '
        "of territories",
    ]
    assert doc.title_line == "- Collective intelligence workshop on how to identify the main chall…"
    assert doc.title == doc.insights[0]


def test_insights_written_as_quote_lines_are_not_prompts():
    doc = load(
        "learningplan/citizens_feedback_app_for_project_monitoring_and_data_management__"
        "first_iteration_.md"
    )
    assert [a.key for a in doc.answers][:3] == ["insights", "blog_links", "barriers"]
    assert len(doc.insights) == 5
    assert doc.insights[0] == (
        "Innovative monitoring methodologies can help project teams stay on track with their work "
        "plans and in turn help to accelerate SDGs"
    )


def test_insights_flattened_numbering_with_double_escaped_entities():
    doc = load("learningplan/1__partnerships_require_nurturing_and_work.md")
    assert doc.insights[0] == "Partnerships require a lot of nurturing, time and work!"
    assert len(doc.insights) == 5
    # "&amp;amp;amp;" in the link is decoded once, to "&amp;amp;".
    assert doc.blog_urls == [
        "https://www.facebook.com/yrika.maritz/posts/10222910623168671?__cft__[0]=AZWOmvsGP9Eo1"
        "Pso_fCNBUurc7xtufge7RPJ4_IoiUo_EwPGTxF7flkjbV7vnuWpT4D6q79hyOtvd0DXJ7VSOmV2AA3YkERmAQgP"
        "qvx9p4vJllH6p0W4IjjeD-Pz56exeT_Var0dD3PMM2PmTG2BH2nY&amp;amp;__tn__=%2CO%2CP-R"
    ]


def test_insights_inline_star_bullets_and_close_a_partners():
    doc = load("learningplan/reverse_shop___closing_form.md")
    assert doc.insights == [
        "Incentivized product based rewards for up-cycling is the most promising",
        "Accessibility to recycling/up-cycling stations is extremely important",
        "Explanation of the full chain effect of recycling has positive impact",
        "Children are the ideal candidates in a post conflict setting for reviving "
        "recycling/up-cycling knowledge",
        "Parks are an interesting reflection of deep held beliefs about the value of "
        "recycling/up-cycling",
    ]
    assert doc.partners == [
        PartnerMention("Local Recycling Businesses", "civil_society"),
        PartnerMention("University of Aleppo", "academia", "Environment Engineering Unit"),
        PartnerMention("Local Municipality in Aleppo", "government"),
    ]


def test_partners_numbered_in_one_name_answer():
    doc = load(
        "learningplan/agriculture_de_pr_cision_pour_faciliter_l_adaptation_aux_changements_"
        "climatiques_et_garantir_la_s__.md"
    )
    assert [p.name for p in doc.partners] == [
        "INRAB",
        "Mairie de Grand-Popo",
        "Agence de Développement Territorial de l'Agriculture, Pôle 7 (ATDA 7)",
        'Start-up "Groupe Service Universel"',
        'ONG "Action Humanitaire Internationale"',
    ]
    assert doc.title == (
        "Agriculture de précision pour faciliter l'adaptation aux changements climatiques et "
        "garantir la sécurité alimentaire"
    )


def test_partners_share_the_group_description():
    doc = load("learningplan/solid_waste_management_system_in_coastal_areas.md")
    shared = (
        "to effectivly design a solutions that can be adopted, supported, sustained and scaled "
        "up by the local commuinty of Banias City."
    )
    assert doc.partners == [
        PartnerMention("local communities", "unknown", shared),
        PartnerMention("community leaders", "unknown", shared),
    ]


def test_partners_enumerated_on_one_line():
    doc = load("learningplan/100__fish_use__japan_innovation_challenge_.md")
    assert [p.name for p in doc.partners] == [
        "Think Sea Corp (Tototo Leather)",
        "Japan Innovation Unit",
        "Youth of Samoa",
        "Private Sector",
        "Government Stakeholders",
    ]


def test_partners_heading_line_is_not_a_partner():
    doc = load(
        "learningplan/addressing_the_stem_leaky_pipeline__integrating_gender_equality_in_it_"
        "management.md"
    )
    assert partners(doc) == [
        ("Serbian Ministry without portfolio (focused on Gender equality)", "government"),
        ("Serbian Chamber of Commerce", "private_sector"),
        ("UNDP Serbia", "other"),
    ]


def test_partners_leading_nbsp_entity_stripped():
    doc = load("learningplan/future_of_works_in_uzbekistan.md")
    assert partners(doc) == [
        ("Ministry of Employment and Labour Relations", "government"),
        ("Ministry for Innovative Development", "government"),
        ("Khomikimiyats", "government"),
        ("Agency for Youth Affairs", "unknown"),
    ]


def test_title_on_the_line_after_an_empty_heading():
    doc = load(
        "learningplan/sme_growth_and_resilience_with_the_focus_on_the_ecommerce_in_serbia___"
        "closing_2022.md"
    )
    assert (doc.title_line, doc.title, doc.warnings) == (
        "",
        "SME Growth and Resilience with the focus on the eCommerce in Serbia - Closing 2022",
        [],
    )


# -- blogs and publications: header fields only ------------------------------------------------


@pytest.mark.parametrize(
    ("relative", "published_on", "year"),
    [
        (
            "blog/blog_c_mo_funciona_un_laboratorio_de_aceleraci_n_del_pnud_en_paraguay.md",
            datetime.date(2020, 6, 15),  # 15 DE JUNIO DE 2020
            2020,
        ),
        (
            "blog/blog_projecto_nos_mercados_informais_pnud_e_mat_unem_for_as.md",
            datetime.date(2020, 5, 24),  # 24 DE MAY DE 2020
            2020,
        ),
        (
            "blog/blog_succ_s_du_lancement_de_l_accelerator_labs_niger_nombreux_soutiens_et_"
            "partenaires_mobilis_s.md",
            datetime.date(2020, 8, 21),  # 21 AOÛT 2020
            2020,
        ),
        (
            "blog/blog_s_rd_r_lebilirlik_i_in_bir_maceraya_at_l_yoruz.md",
            datetime.date(2022, 7, 26),  # 26 TEMMUZ 2022
            2022,
        ),
        ("blog/blog_untitled.md", datetime.date(2021, 9, 13), 2021),  # 2021 Ж. 13 SEPTEMBER
        ("publications/blog_3_6_project.md", datetime.date(2015, 4, 7), None),  # APRIL 7, 2015
    ],
)
def test_blog_localized_dates(relative, published_on, year):
    doc = load(relative)
    assert (doc.published_on, doc.year) == (published_on, year)


def test_blog_1970_placeholder_is_no_date():
    doc = load("blog/blog_home_viet_nam_blog_viet_nam_blog.md")
    assert (doc.type, doc.year, doc.published_on, doc.countries, doc.source_url) == (
        "blog",
        None,
        None,
        ["Vietnam"],
        "https://www.undp.org/vietnam/blog",
    )
    assert doc.title_line == "Home Viet Nam Blog Viet Nam Blog"
    assert doc.warnings == [
        "year 1970 is a placeholder: ignored",
        "date 1970 is a placeholder: ignored",
    ]


def test_publication_header_fields():
    doc = load("publications/blog_3_6_project.md")
    assert (doc.type, doc.title, doc.source_url, doc.countries) == (
        "publications",
        "3*6 project",
        "https://www.undp.org/jordan/publications/36-project",
        ["Jordan"],
    )
    assert doc.warnings == ["year 1970 is a placeholder: ignored"]


# -- other types ------------------------------------------------------------------------------


def test_solution_tags_only_is_sniffed_without_parsing():
    text = decode((DATA / "solution/sadfsd.md").read_bytes())
    assert sniff_type(text) == "solution"
    doc = parse(text)
    assert (doc.type, doc.title, doc.sdgs, doc.answers, doc.body) == (
        "solution",
        "sadfsd",
        [2],
        [],
        "",
    )


def test_solution_crlf_and_title_on_the_next_line():
    doc = load("solution/bcg_vaccine_in_the_fight_against_the_covid_19_pandemic.md")
    assert doc.title == "BCG vaccine in the fight against the COVID-19 pandemic"
    assert [(a.prompt, a.key) for a in doc.answers] == [
        ("Title", ""),
        ("Image", ""),
        ("Link to covIDJEA 2020 solution", ""),
    ]
    assert all("\r" not in a.text for a in doc.answers)


def test_solution_lone_cr_inside_multiline_tag():
    doc = load("solution/xfarm_academy_advanced.md")
    assert doc.thematic_areas == [
        "Digital Agriculture Precision Farming Data Analysis Technology in Agriculture"
    ]
    assert doc.tags["consent"] == ["https://xfarm.ag/en/academy-advanced"]
    assert doc.answers[0] == Answer("", "Title of the Solution", "", "xFarm Academy Advanced")


def test_solution_line_separator_becomes_newline():
    doc = load(
        "solution/kuyasa_energy_solutions_seeks_to_supply_and_provide_financially_equitable_"
        "renewable_energy_solutio_.md"
    )
    feasibility = next(a for a in doc.answers if a.prompt == "Technical Feasibility")
    assert "renewable energy successfully?\n\nDesign\n" in feasibility.text
    assert not any("\u2028" in a.text for a in doc.answers)
    assert doc.tags["gender"] == ["male"]


def test_element_data_image_removed_with_warning():
    doc = load("tools/Urbanist AI.md")
    assert (doc.type, doc.title, doc.warnings) == (
        "tools",
        "Urbanist ai",
        ["removed 1 embedded data:image picture(s)"],
    )


def test_element_tags_before_title_and_several_types():
    doc = load("tactics/Focusing on the value added.md")
    assert (doc.type, doc.types, doc.title) == (
        "tactics",
        ["tactics", "tools"],
        "Focusing on the value added",
    )


def test_story_interleaved_tags_deduplicated():
    doc = load("story/Explorers_TLS.md")
    assert doc.title == (
        "Exploring Innovation in Timor Leste: A Collaborative Approach to Job Development"
    )
    assert doc.tags["principles"] == ["Recognize and promote agency", "Recognize local expertise"]
    assert (doc.countries, doc.answers) == (["Timor Leste"], [])


def test_story_multiline_tag_value_kept_whole():
    doc = load("story/Experimenters_MKD.md")
    summary = doc.tags["ai_summary"]
    assert len(summary) == 1
    assert summary[0].startswith(
        "Here is a summary of the interview transcript in exactly 5 sentences or fewer:\n\n"
        "Lazar Popiwanov"
    )
    assert doc.title == '"Accelerating SDGs in North Macedonia: A Crowdsourced Approach"'


# -- text cleaning and small rules, on strings -------------------------------------------------

PLAN = "# {title}\n\n[[type:learningplan]]\n## Title\n\n{body}"


def test_decode_replaces_invalid_utf8():
    assert decode(b"caf\xc3\xa9 \xff") == "café \ufffd"


def test_parse_decodes_entities_once_and_cleans_characters():
    text = (
        "# R&amp;amp;D &D; Techni\x02cal\u00a0lab\r\n[[type:solution]]\r\n> Question\u202f?\r"
        "A&nbsp;b\u200b\u00ad  \rc &lt;d&gt;"
    )
    doc = parse(text)
    assert doc.title == "R&amp;D &D; Technical lab"
    assert doc.answers == [Answer("", "Question ?", "", "A b\nc <d>")]


def test_parse_literal_backslash_n_and_none_prompts():
    body = (
        "> Challenge type: pick one. \\n\\nPlease note: we ask you to only submit a maximum of 3"
        "\n\nPlease note: we ask you to only submit a maximum of 3 challenges - 1x Big Bet\n"
        '<div class="group">\n> None\n\n![Missing alt text](https://x.org/a.png)\n</div>\n'
    )
    doc = parse(PLAN.format(title="T", body=body))
    assert doc.answers == [
        Answer(
            "Title",
            "Challenge type: pick one. Please note: we ask you to only submit a maximum of 3",
            "challenge_type",
            "",
        ),
        Answer("Title", "", "", "![Missing alt text](https://x.org/a.png)", 0),
    ]


def test_parse_group_closes_at_the_first_div_line():
    body = (
        '<div class="group">\n> \nfirst\n<div>\n</div>\nlost\n</div>\n'
        "> Please provide a name for your action learning plan.\nName\n</div>\n"
    )
    doc = parse(PLAN.format(title="T", body=body))
    assert [(a.key, a.text, a.group) for a in doc.answers] == [
        ("", "first\n<div>", 0),
        ("title", "Name\n</div>", None),
    ]
    assert doc.form == "start"


def test_parse_unknown_quote_line_in_plan_is_answer_text():
    body = (
        "> Usage of methods: how will you use your methods &amp; tools?\n\n"
        "> Behavioral insights: we look at constraints.\n"
    )
    doc = parse(PLAN.format(title="T", body=body))
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
    doc = parse(PLAN.format(title="T", body=body))
    assert (doc.form, doc.insights) == ("close-a", ["One", "Two"])


def test_parse_close_b_insights_single_paragraph_is_one_insight():
    body = (
        "> What are the top key insights you generated about your learning challenge during "
        "this Action Learning Plan? (Please list a maximum of 5 key insights)\n\n"
        "We learned that 2 phases work. It took 3 months.\n"
    )
    doc = parse(PLAN.format(title="T", body=body))
    assert (doc.form, doc.insights) == (
        "close-b",
        ["We learned that 2 phases work. It took 3 months."],
    )


def test_parse_empty_title_falls_back_to_title_answer():
    body = "> Please provide a name for your action learning plan.\n\nGreen cities\n"
    doc = parse(PLAN.format(title="", body=body))
    assert (doc.title_line, doc.title, doc.warnings) == (
        "",
        "Green cities",
        ["empty title: using the Title answer"],
    )


def test_parse_empty_title_falls_back_to_first_insight():
    body = "> What are the top 5 key insights you generated?\n- Listen first\n- Then act\n"
    doc = parse(PLAN.format(title="\u00a0", body=body))
    assert (doc.title, doc.warnings) == ("Listen first", ["empty title: using the first insight"])


def test_parse_empty_title_falls_back_to_file_name():
    doc = parse("# \n\n[[type:solution]]\n", "solution/air_quality_app.md")
    assert (doc.title, doc.warnings) == ("air quality app", ["empty title: using the file name"])


def test_parse_truncated_title_without_source_kept_with_warning():
    doc = parse("# A very long and truncated title…\n\n[[type:experiment]]\n> Q\nOther text\n")
    assert (doc.title, doc.warnings) == (
        "A very long and truncated title…",
        ["truncated title: no full text found"],
    )


def test_parse_title_continuation_lines_and_escapes():
    doc = parse("# Explorer\\-Ghana \n\t\n  Seth &amp; co \n[[type:solution]]\n")
    assert (doc.title_line, doc.title) == ("Explorer\\-Ghana", "Explorer-Ghana Seth & co")


def test_parse_tags_cleaned_deduplicated_and_paired():
    text = (
        "# T\n[[type:solution]]\n[[type:solution]]\n[[country:Ukraine]]\n[[latlng:1,2]]\n"
        "[[country:Ukraine]]\n[[latlng:1,2]]\n[[country:Null Island]]\n"
        "[[sdgs:5. Gender equality]]\n[[sdgs:10. Reduced innequalities]]\n[[sdgs:5. Gender]]\n"
        "[[sdgs:Peace]]\n[[thematic_areas:green transition,]]\n[[thematic_areas:Green "
        "transition]]\n[[datasources:]]\n[[consent: https://a.org/x ]]\n[[custom_key:kept]]\n"
    )
    doc = parse(text)
    assert doc.types == ["solution"]
    assert doc.locations == [("Ukraine", "1,2"), ("Null Island", "")]
    assert doc.countries == ["Ukraine", "Null Island"]
    assert doc.sdgs == [5, 10]
    assert doc.thematic_areas == ["green transition"]
    assert doc.data_sources == []
    assert doc.tags["consent"] == ["https://a.org/x"]
    assert doc.tags["custom_key"] == ["kept"]
    assert doc.warnings == ["unreadable sdg 'Peace'"]


def test_parse_timestamps_and_unterminated_tags_are_text():
    doc = parse("[[type:story]]\n# S\n### [[0:15]] Hello\n[[principles:open\nno end\n")
    assert doc.tags == {"type": ["story"]}
    assert doc.warnings == ["unterminated tag '[[principles:open'"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-10-13T00:00:00.000Z", datetime.date(2022, 10, 13)),
        ("OCTOBER 12, 2021", datetime.date(2021, 10, 12)),
        ("30 DE SEPTIEMBRE DE 2024", datetime.date(2024, 9, 30)),
        ("9 DE AUGUST DE 2022", datetime.date(2022, 8, 9)),
        ("25 MAI 2021", datetime.date(2021, 5, 25)),
        ("26 TEMMUZ 2022", datetime.date(2022, 7, 26)),
        ("2021 Ж. 13 SEPTEMBER", datetime.date(2021, 9, 13)),
        ("13 сентября 2021", datetime.date(2021, 9, 13)),
    ],
)
def test_parse_date_formats(value, expected):
    doc = parse(f"# B\n\n[[type:blog]]\n\n[[date:{value}]]\n")
    assert (doc.published_on, doc.warnings) == (expected, [])


@pytest.mark.parametrize(
    ("value", "warning"),
    [
        ("January 1, 1970", "date 1970 is a placeholder: ignored"),
        ("soon", "unreadable date 'soon'"),
        ("31 FEBRUARY 2021", "impossible date '31 FEBRUARY 2021'"),
    ],
)
def test_parse_date_unusable_gives_warning(value, warning):
    doc = parse(f"# B\n\n[[type:blog]]\n\n[[date:{value}]]\n")
    assert (doc.published_on, doc.warnings) == (None, [warning])


def test_parse_close_a_partner_lines_filtered():
    body = (
        "> If applicable, what civil society organisations did you actually work with?\n"
        "Red Cross (NGO) – first aid; Scouts\n"
        "We worked with them during the whole cycle and they helped a lot.\n"
        "> If applicable, what government partners (and related institutions) did you work with?\n"
        "Not yet\n"
        "> If applicable, which UN internal partners did you actually work with?\n"
        "N/A\n"
    )
    doc = parse(PLAN.format(title="T", body=body))
    assert doc.partners == [
        PartnerMention("Red Cross", "civil_society", "first aid"),
        PartnerMention("Scouts", "civil_society"),
    ]


def test_sniff_type_reads_only_tag_lines():
    assert sniff_type("see [[type:blog]] here\n[[type: learningplan ]]\n") == "learningplan"
    assert sniff_type("# no type\n") == ""


# -- never raise ------------------------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "[[type:learningplan]]",
        "[[type:blog]]",
        "[[country:Chad]]",
        "[[latlng:1,2]]",
        "[[sdgs:x]]",
        "[[date:1 MAI 1970]]",
        "[[year:abc]]",
        "[[ai_summary:open",
        "[[type:",
        "]]",
        "# ",
        "# Title…",
        "## ",
        "## Partners",
        "> ",
        "> None",
        "> Please state the name of the partner:",
        "> What are the top 5 key insights",
        "> If applicable, what academic partners",
        '<div class="group">',
        "</div>",
        "&amp;amp;",
        "&nbsp;",
        "&#2;",
        "1. a 2. b",
        "- ",
        "(CSO) - x",
        "\r",
        "\r\n",
        "\n",
        "\xa0",
        "\u2028",
        "![](data:image/png;base64,AAAA)",
    ]
)
FORMAT_LIKE = st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_never_raises_on_any_text(text):
    doc = parse(text, "x.md")
    assert not [w for w in doc.warnings if w.startswith("internal error")]


@settings(max_examples=500, deadline=None)
@given(FORMAT_LIKE)
def test_parse_never_raises_on_format_like_text(text):
    doc = parse(text, "x.md")
    assert not [w for w in doc.warnings if w.startswith("internal error")]
    assert sniff_type(text) == doc.type


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_decode_never_raises_on_any_bytes(data):
    assert isinstance(parse(decode(data)).title, str)


def test_title_completed_from_a_long_insight_ends_at_its_first_sentence():
    insight = "Cape Verde, as a Small Island Developing State, recognizes the potential. " + (
        "The sector is a national priority and strategic planning has been developed. " * 5
    )
    text = (
        "# Cape Verde, as a Small Island Developing State, recogni…\n\n[[type:learningplan]]\n"
        "## Learnings on your challenge\n\n"
        "> What are the top 5 key insights you generated about your frontier challenge during "
        f"this Action Learning Plan?\n\n{insight}\n"
    )
    assert parse(text).title == (
        "Cape Verde, as a Small Island Developing State, recognizes the potential."
    )


def test_insights_flattened_dash_list_keeps_lower_case_items_apart():
    text = (
        "# - SMEs are\n\n[[type:learningplan]]\n## Learnings on your challenge\n\n"
        "> What are the top 5 key insights you generated about your frontier challenge during "
        "this Action Learning Plan?\n\n"
        "- mSMEs are ready to transform to digital; - there is a lack of coordinated strategy; "
        "- there are lots of experts.\n"
    )
    assert parse(text).insights == [
        "mSMEs are ready to transform to digital",
        "there is a lack of coordinated strategy",
        "there are lots of experts.",
    ]


def test_partner_sector_from_its_name_when_the_plan_does_not_say():
    text = (
        "# Plan\n\n[[type:learningplan]]\n## Partners\n\n"
        "> Who are your top 5 partners for this challenge? Please submit from MOST to LEAST "
        "important and state Name, Sector and a brief description of the (intended) "
        "collaboration.\n\n"
        '<div class="group">\n\n> Please state the name of the Parter:\n\n'
        "Ministry of Environment\nMohammed V University\nBank of Palestine\nUNICEF Kenya\n"
        "Women who code\n\n</div>\n"
    )
    assert [(p.name, p.sector) for p in parse(text).partners] == [
        ("Ministry of Environment", "government"),
        ("Mohammed V University", "academia"),
        ("Bank of Palestine", "private_sector"),
        ("UNICEF Kenya", "un"),
        ("Women who code", "unknown"),
    ]
