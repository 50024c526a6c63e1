from records.models import Blog, BlogLink
from tests.factories import run_import, seed_file

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
