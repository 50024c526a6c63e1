import datetime

from records.models import Blog, BlogLink
from tests.factories import DATA, run_import, seed_file

# Three language-prefixed lines make one role past BlogAuthor.role's 300 characters.
LONG_ROLE = (
    "en: Head of Exploration, Accelerator Laboratory of the United Nations Development "
    "Programme in Azerbaijan"
)


def test_blog_imported_after_the_plan_gets_linked(db):
    run_import(seed_file(1))
    assert BlogLink.objects.get().blog is None
    run_import(seed_file(3))
    assert BlogLink.objects.get().blog == Blog.objects.get()


def test_blog_author_cut_to_length_is_a_stored_warning(db, tmp_path):
    roles = "\n".join(LONG_ROLE.replace("en:", lang) for lang in ("en:", "az:", "ru:"))
    changed = tmp_path / "blog.md"
    changed.write_text(
        seed_file(3).read_text().replace("Head of Exploration\n", roles + "\n"), encoding="utf-8"
    )
    lines, code = run_import(changed)
    assert (lines[-1][:19], code) == ("1 file: 1 created, ", 0)
    blog = Blog.objects.get()
    assert blog.parse_warnings == ["BlogAuthor.role cut to 300 characters"]
    role = blog.authors.get(position=0).role
    assert (len(role) <= 300, role[-1]) == (True, "…")


def test_blog_with_a_glued_byline_is_stored_as_a_curator_reads_it(db, client):
    run_import(
        DATA / "blog" / "blog_caminos_de_siembra_mapeo_de_soluciones_de_base_como_herramienta_para"
        "_adaptaci_n_al_cambio_clim_tico.md"
    )
    blog = Blog.objects.get()
    assert (blog.kind, blog.published_on, blog.year, blog.country_id) == (
        "blog",
        datetime.date(2023, 12, 22),
        2023,
        "SLV",
    )
    assert [(a.name, a.role) for a in blog.authors.all()] == [
        (
            "Gabriela González Lucha",
            "Head of Exploration, Laboratorio de Aceleración PNUD El Salvador",
        )
    ]
    paragraphs = blog.body.split("\n\n")
    assert paragraphs[1].startswith("El compromiso por la preservación del medio ambiente")
    html = client.get(blog.get_absolute_url()).content.decode()
    assert "Gabriela González Lucha" in html
    assert "Por:" not in html and "LuchaHead" not in html


def test_publication_metadata_stays_out_of_the_stored_text(db):
    run_import(
        DATA / "publications" / "blog_de_cerca_inclusi_n_financiera_y_soluciones_territoriales.md"
    )
    blog = Blog.objects.get()
    assert blog.kind == "publication"
    assert blog.body.split("\n\n")[-1].endswith(
        "compartimos los siguientes elementos clave para que estas funcionen."
    )
    assert "Objetivo 1 |" not in blog.body
