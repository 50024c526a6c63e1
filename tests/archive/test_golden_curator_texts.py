"""Plans and closing reports a curator reviewed beside their files (golden files under
tests/data/learningplan/golden/): their titles, answers, links, insights and tags as the
curator expects them. A truncated title completed from a name answer that writes an acronym
out or a word in the plural, and a closing report taking that title from its plan; a closing
report's title cut from a sentence marked for review; URLs pasted together apart; what the form
left of an HTML link gone; an insight written in lower case kept apart; a data source listing
three names given as three."""

import pytest

from records.importing.run import import_paths
from records.models import LearningPlan
from tests.factories import DATA, parse_data

GOLDEN = DATA / "learningplan" / "golden"
UGANDA = "implementing_the_enabling_co_programme__digitalization_innovation_and_smart_.md"
VIETNAM_PLAN = "exploring_why_social_impact_business_led_by_vulnerable_group_have_limited__.md"
VIETNAM = "social_impact_businesses_led_by_vulnerable_groups_such_as_women__ethnic_min_.md"
SERBIA = "_bridging_the_green_skills_gap__an_action_learning_plan_for_sustainable_wor_.md"
TANZANIA = "combining_artificial_intelligence_and_satellite_data_to_disrupt__the_touris_.md"
SENEGAL = "firstly_it_is_important_for_such_a_project_to_ensure_that_we_have_the_right_.md"


def golden(name: str):
    return parse_data(f"learningplan/golden/{name}")


def answers(doc, key: str) -> list[str]:
    return [a.text for a in doc.answers if a.key == key]


def test_truncated_title_completed_from_the_name_answer_writing_an_acronym_out():
    # "# Implementing the Enabling CO programme: Digitalization Innovation and Smart…"; the
    # name answer: "Implementing the Enabling Country Office Programme: … Smart Cities
    # Programme (DISC)".
    doc = golden(UGANDA)
    assert doc.title == (
        "Implementing the Enabling Country Office Programme: Digitalization Innovation and "
        "Smart Cities Programme (DISC)"
    )
    assert "truncated title: no full text found" not in doc.warnings


def test_truncated_title_completed_from_the_name_answer_writing_a_word_in_the_plural():
    # "# Exploring why social impact business led by vulnerable group have limited …"; the
    # name answer: "Exploring why social impact businesses led by … access to investment".
    doc = golden(VIETNAM_PLAN)
    assert doc.title == (
        "Exploring why social impact businesses led by vulnerable group have limited access to "
        "investment"
    )


@pytest.mark.django_db
def test_closing_report_named_after_its_plan_takes_the_completed_title():
    import_paths([GOLDEN / VIETNAM_PLAN, GOLDEN / VIETNAM])
    report = LearningPlan.objects.get(source_file__endswith=VIETNAM)
    assert report.closes.source_file.endswith(VIETNAM_PLAN)
    assert report.title == (
        "Closing report: Exploring why social impact businesses led by vulnerable group have "
        "limited access to investment"
    )


def test_urls_pasted_together_in_one_link_are_a_link_each():
    # "[https://vir.com.vn/…-98595.htmlhttps://vietnamnews.vn/…](same)": four URLs.
    (evidence,) = [a.text for a in golden(VIETNAM).answers if "vir.com.vn" in a.text]
    urls = [
        "https://vir.com.vn/sib-connect-gathers-businesses-and-investors-for-greater-social-"
        "impact-98595.html",
        "https://vietnamnews.vn/society/1403558/unlocking-private-investment-in-science-"
        "technology-and-innovation-development-in-vie-t-nam.html",
        "https://congthuong.vn/cong-ty-cp-nghi-luc-song-dn-xa-hoi-tien-phong-trong-linh-vuc-ho-"
        "tro-cho-nguoi-yeu-the-223170.html",
        "https://www.facebook.com/duanhotrodoanhnghieptaotacdongxahoitaiVN",
    ]
    assert evidence == " ".join(f"[{url}]({url})" for url in urls)


def test_what_the_form_left_of_an_html_link_goes():
    # 'www. href="http://www.ocgs.go.tz/" target="_blank">http://www.ocgs.go.tz/'.
    assert "http://www.ocgs.go.tz/" in answers(golden(TANZANIA), "quantitative_evidence")


def test_closing_title_cut_from_a_sentence_is_marked_for_review():
    # "# Firstly it is important for such a project to ensure that we have the right…": no
    # answer holds it, and no plan of it is in the archive.
    doc = golden(SENEGAL)
    assert doc.title == (
        "Firstly it is important for such a project to ensure that we have the right…"
    )
    assert doc.title_from_text


def test_insight_written_in_lower_case_after_a_sentence_is_one_of_its_own():
    # Five paragraphs, four after an NBSP; the fifth, "it's crucial…", after none and in
    # lower case, below "Timing is everything: … right from the start.".
    insights = golden(SENEGAL).insights
    assert len(insights) == 5
    assert insights[3] == (
        "Timing is everything: you have to choose the right process right from the start."
    )
    assert insights[4].startswith("it's crucial to ensure that the project is aligned")
    assert insights[4].endswith("ensure from the outset that women are part of the cohort.")


def test_data_source_listing_three_names_gives_three():
    # "[[datasources:linkedin data, national labor market surveys, real-time job market
    # analytics]]".
    sources = golden(SERBIA).data_sources
    assert {
        "linkedin data",
        "national labor market surveys",
        "real-time job market analytics",
    } <= set(sources)
    assert not [source for source in sources if "," in source]
