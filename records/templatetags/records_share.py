"""The page's title and description, said once by each page and given to browsers, search
engines and share previews (Open Graph) alike.

    {% share "title" %}{% block title %}…{% endblock %}{% endshare %}
    {% share "description" %}{% block description %}…{% endblock %}{% endshare %}

A template block can appear only once in a page, so the tag renders its content once and
writes it into every element that needs it, whitespace collapsed.
"""

from html import unescape

from django import template
from django.utils.html import format_html

register = template.Library()

SITE = "Lab Knowledge"


class ShareNode(template.Node):
    def __init__(self, what, nodelist):
        self.what = what
        self.nodelist = nodelist

    def render(self, context):
        # The content is rendered HTML (escaped); unescape it so format_html escapes it once.
        text = " ".join(unescape(self.nodelist.render(context)).split())
        if self.what == "title":
            return format_html(
                '<title>{} · {}</title>\n  <meta property="og:title" content="{}">',
                text,
                SITE,
                text,
            )
        return format_html(
            '<meta name="description" content="{}">\n  '
            '<meta property="og:description" content="{}">',
            text,
            text,
        )


@register.tag
def share(parser, token):
    bits = token.split_contents()
    if len(bits) != 2 or bits[1] not in ('"title"', '"description"'):
        raise template.TemplateSyntaxError('{% share "title" %} or {% share "description" %}')
    nodelist = parser.parse(("endshare",))
    parser.delete_first_token()
    return ShareNode(bits[1].strip('"'), nodelist)
