import pytest

from tests.admin.examples import example_blog, example_plan
from tests.factories import make_editor


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def plan(db):
    return example_plan()


@pytest.fixture
def blog(db):
    return example_blog()
