import pytest

from records.templatetags.records_text import http_url, paragraphs


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("", ""),
        ("One.\n\nTwo\nlines.", "<p>One.</p>\n<p>Two<br>lines.</p>"),
        ("a < b & c", "<p>a &lt; b &amp; c</p>"),
        (
            "See https://example.org/a?b=1&c=2.",
            '<p>See <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener">'
            "https://example.org/a?b=1&amp;c=2</a>.</p>",
        ),
        (
            "(https://en.wikipedia.org/wiki/Foo_(bar))",
            '<p>(<a href="https://en.wikipedia.org/wiki/Foo_(bar)" rel="nofollow ugc noopener">'
            "https://en.wikipedia.org/wiki/Foo_(bar)</a>)</p>",
        ),
        (
            'http://x.org/"onmouseover="alert(1)',
            '<p><a href="http://x.org/" rel="nofollow ugc noopener">http://x.org/</a>'
            "&quot;onmouseover=&quot;alert(1)</p>",
        ),
        (
            "Read https://x.org/f#:~:text=Edson's%20farm and 'https://y.org', "
            "or http://z.org/'onmouseover='alert(1)",
            '<p>Read <a href="https://x.org/f#:~:text=Edson&#x27;s%20farm" '
            'rel="nofollow ugc noopener">https://x.org/f#:~:text=Edson&#x27;s%20farm</a> and '
            '&#x27;<a href="https://y.org" rel="nofollow ugc noopener">https://y.org</a>&#x27;, '
            'or <a href="http://z.org/&#x27;onmouseover=&#x27;alert(1)" '
            'rel="nofollow ugc noopener">http://z.org/&#x27;onmouseover=&#x27;alert(1)</a></p>',
        ),
        (
            "[the farm](https://x.org/f#:~:text=Edson's%20farm) [x](https://x.org/a'\"onclick=\"b)",
            '<p><a href="https://x.org/f#:~:text=Edson&#x27;s%20farm" '
            'rel="nofollow ugc noopener">the farm</a> [x](<a href="https://x.org/a" '
            'rel="nofollow ugc noopener">https://x.org/a</a>&#x27;&quot;onclick=&quot;b)</p>',
        ),
        ("ftp://example.org www.example.org me@example.org", None),
        ("javascript:alert(1) data:text/html,x", None),
        (
            "[the report](https://example.org/r) and [https://x.org](https://x.org)",
            '<p><a href="https://example.org/r" rel="nofollow ugc noopener">the report</a> and '
            '<a href="https://x.org" rel="nofollow ugc noopener">https://x.org</a></p>',
        ),
        (
            "![Missing alt text](https://x.org/a.png) ![Chart](https://x.org/b.png)\n"
            "![Missing alt text](https://x.org/c.JPG?s=1) ![](https://x.org/image)",
            '<p><a href="https://x.org/a.png" rel="nofollow ugc noopener">Attached image 1 (PNG)'
            '</a> <a href="https://x.org/b.png" rel="nofollow ugc noopener">Image: Chart</a><br>'
            '<a href="https://x.org/c.JPG?s=1" rel="nofollow ugc noopener">Attached image 3 (JPG)'
            '</a> <a href="https://x.org/image" rel="nofollow ugc noopener">Attached image 4</a>'
            "</p>",
        ),
        ("[click](javascript:alert(1))", "<p>[click](javascript:alert(1))</p>"),
        (
            '[<b>x</b>](https://x.org/"a)',
            '<p>[&lt;b&gt;x&lt;/b&gt;](<a href="https://x.org/" rel="nofollow ugc noopener">'
            "https://x.org/</a>&quot;a)</p>",
        ),
        ("http:// and https://[::1 and http://", None),
        ("xhttps://example.org", None),
        (
            "Stages:\n\n- Sense\n• <b>Explore</b> https://x.org\n\n1. One\n2. Two",
            "<p>Stages:</p>\n<ul><li>Sense</li><li>&lt;b&gt;Explore&lt;/b&gt; "
            '<a href="https://x.org" rel="nofollow ugc noopener">https://x.org</a></li></ul>\n'
            "<p>1. One<br>2. Two</p>",
        ),
        ("- One line only", None),
    ],
)
def test_paragraphs_escape_and_link_only_http_urls(text, html):
    expected = html if html is not None else f"<p>{text}</p>"
    assert paragraphs(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("javascript:alert(1)", ""),
        ("ftp://example.org", ""),
        ("https://", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_http_url_keeps_only_http_urls(url, expected):
    assert http_url(url) == expected
