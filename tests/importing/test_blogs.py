from records.models import Blog, BlogLink
from tests.factories import run_import, seed_file


def test_blog_imported_after_the_plan_gets_linked(db):
    run_import(seed_file(1))
    assert BlogLink.objects.get().blog is None
    run_import(seed_file(3))
    assert BlogLink.objects.get().blog == Blog.objects.get()
