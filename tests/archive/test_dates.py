"""records.archive.dates: the year and date tags in the archive's languages."""

import datetime

import pytest

from records.archive import parse
from records.archive.dates import month
from tests.factories import parse_data, parse_seed


def test_seed_blog_upper_case_english_date():
    doc = parse_seed("004")
    assert (doc.title, doc.year, doc.published_on, doc.countries) == (
        "Join Community of Practices #STEM4ALL",
        2021,
        datetime.date(2021, 10, 12),
        ["Kyrgyzstan"],
    )


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
    doc = parse_data(relative)
    assert (doc.published_on, doc.year) == (published_on, year)


def test_blog_1970_placeholder_is_no_date():
    doc = parse_data("blog/blog_home_viet_nam_blog_viet_nam_blog.md")
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


# -- heuristics, each with the example it exists for -------------------------------------------


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        pytest.param("sept", 9, id="sept"),
        pytest.param("févr", 2, id="fevr"),
        pytest.param("oct", 10, id="oct"),
        pytest.param("ju", None, id="too-short-to-abbreviate"),
        pytest.param("jun", 6, id="jun-is-june-only"),
        pytest.param("ma", None, id="ambiguous"),
    ],
)
def test_month_reads_unambiguous_abbreviations(token, expected):
    assert month(token) == expected
