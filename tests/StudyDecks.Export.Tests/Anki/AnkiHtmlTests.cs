using StudyDecks.Export.Anki;

namespace StudyDecks.Export.Tests.Anki;

public sealed class AnkiHtmlTests
{
    [Test]
    public void Markup_ampersands_and_quotes_in_text_are_escaped()
    {
        var html = AnkiHtml.Escape("Which <script>alert('x')</script> group & its \"allies\"?");

        Assert.That(html, Is.EqualTo("Which &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; group &amp; its &quot;allies&quot;?"));
    }

    [Test]
    public void Line_breaks_become_br_tabs_spaces_and_control_characters_including_the_field_separator_are_dropped()
    {
        var html = AnkiHtml.Escape("one\r\ntwo\nthree\tfour\u001ffive\u0000");

        Assert.That(html, Is.EqualTo("one<br>two<br>three fourfive"));
    }

    [Test]
    public void A_cloze_replaces_the_blank_with_deletion_one()
    {
        var html = AnkiHtml.Cloze("Paris lost _____ people & more.", "_____", "130");

        Assert.That(html, Is.EqualTo("Paris lost {{c1::130}} people &amp; more."));
    }

    [Test]
    public void Text_can_neither_open_another_cloze_nor_end_this_one_early()
    {
        var html = AnkiHtml.Cloze("See {{c2::x}} and _____.", "_____", "a::b}}");

        Assert.That(html, Is.EqualTo("See &#123;&#123;c2::x&#125;&#125; and {{c1::a&#58;&#58;b&#125;&#125;}}."));
        Assert.That(AnkiHtml.ToPlainText(html), Is.EqualTo("See {{c2::x}} and {{c1::a::b}}}}."));
    }

    [Test]
    public void Plain_text_drops_tags_and_decodes_character_references()
    {
        Assert.That(AnkiHtml.ToPlainText("<b>Tom</b> &amp; <i>Jerry</i>&#39;s &lt;show&gt;"), Is.EqualTo("Tom & Jerry's <show>"));
    }
}
