using System.Globalization;
using CsCheck;
using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Tests.Articles;

/// <summary>Property tests of the publication date every reader takes from its header.</summary>
public sealed partial class ArticleReaderTests
{
    /// <summary>The written forms of a date the headers accept, as .NET invariant-culture format strings.</summary>
    private static readonly string[] DateForms = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss'Z'", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy"];

    private static readonly Gen<DateOnly> AnyDay = Gen.DateOnly[new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31)];

    private static readonly Gen<string> AnyForm = Gen.OneOf(DateForms);

    /// <summary>A body of one to five paragraphs of lower-case words, none of them a header.</summary>
    private static readonly Gen<string[]> AnyBody =
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz "], 1, 60]
            .Select(words => "Body " + words.Trim() + ".")
            .Array[1, 5];

    private static string Written(DateOnly day, string form) =>
        day.ToDateTime(new TimeOnly(9, 30)).ToString(form, CultureInfo.InvariantCulture);

    [Test]
    public void Any_dateline_before_the_text_with_its_weekday_is_the_date_and_stays_out_of_the_body()
    {
        Gen.Select(AnyDay, Gen.OneOf("MMMM d, yyyy", "d MMMM yyyy"), Gen.Bool, AnyBody).Sample((day, form, withWeekday, body) =>
        {
            var dateline = (withWeekday ? day.DayOfWeek.ToString() + ", " : "") + Written(day, form);

            var article = Read($"A Title\nSource: https://example.org/a\n\n{dateline}\n\n{string.Join("\n\n", body)}\n", "a.txt");

            Assert.That(article.Published, Is.EqualTo(day), dateline);
            Assert.That(article.Text, Is.EqualTo(string.Join("\n\n", body.Select(paragraph => TextNormalizer.CollapseWhiteSpace(paragraph)))), dateline);
        });
    }

    /// <summary>The page's layouts around a weekday dateline: the title repeated above it, or the first sentence run into it.</summary>
    [TestCase("Singer dies aged 76\nSource: https://example.org/a\n\nSinger dies aged 76\n\n{0}\n\n{1}\n", TestName = "The title repeated above a dateline is left out and the dateline is the date")]
    [TestCase("A Title\nSource: https://example.org/a\n\n{0} {1}\n", TestName = "Any dateline run into the first sentence is the date and leaves the sentence")]
    [TestCase("A Title\n\n{0}\n{1}\n", TestName = "Any dateline on the line right above the first sentence is the date and leaves the sentence")]
    public void Any_weekday_dateline_is_the_date_and_stays_out_of_the_body(string layout)
    {
        Gen.Select(AnyDay, Gen.OneOf("MMMM d, yyyy", "d MMMM yyyy"), AnyBody).Sample((day, form, body) =>
        {
            var dateline = day.DayOfWeek.ToString() + ", " + Written(day, form);

            var article = Read(string.Format(CultureInfo.InvariantCulture, layout, dateline, string.Join("\n\n", body)), "a.txt");

            Assert.That(article.Published, Is.EqualTo(day), dateline);
            Assert.That(article.Text, Is.EqualTo(string.Join("\n\n", body.Select(paragraph => TextNormalizer.CollapseWhiteSpace(paragraph)))), dateline);
        });
    }

    [TestCase("Monday, February 23, 2023 An epic contest was won.")]
    [TestCase("Thursday, February 23, 2023 and the rest.")]
    [TestCase("Holiday, February 23, 2023 An epic contest was won.")]
    public void A_run_in_dateline_with_a_weekday_not_its_dates_or_no_capital_after_it_is_text(string paragraph)
    {
        // Act: February 23, 2023 was a Thursday.
        var article = Read($"A Title\n\n{paragraph}\n\nBody text.\n", "a.txt");

        // Assert
        Assert.That(article.Published, Is.Null);
        Assert.That(article.Text, Does.StartWith(paragraph));
    }

    [TestCase("# Storm hits coast\n\nSaturday, October 6, 2007\n\nMore than 50 people were killed.\n", "a.md")]
    [TestCase("<html><body><h1>Storm hits coast</h1><p>Saturday, October 6, 2007</p><p>More than 50 people were killed.</p></body></html>", "a.html")]
    [TestCase("Storm hits coast\nDate: 2007-10-06\n\nSaturday, October 6, 2007\n\nMore than 50 people were killed.\n", "a.txt")]
    public void A_dateline_paragraph_before_the_text_of_any_format_is_the_date_and_stays_out_of_the_body(string text, string fileName)
    {
        // Act
        var article = Read(text, fileName);

        // Assert
        Assert.That(article.Published, Is.EqualTo(new DateOnly(2007, 10, 6)));
        Assert.That(article.Text, Is.EqualTo("More than 50 people were killed."));
    }

    [Test]
    public void A_date_on_the_line_above_words_in_lower_case_is_the_start_of_their_sentence()
    {
        // Act: a hard-wrapped paragraph whose first line is a date.
        var article = Read("A Title\n\nThursday, February 23, 2023\nwas the day the contest was won.\n", "a.txt");

        // Assert
        Assert.That(article.Published, Is.Null);
        Assert.That(article.Text, Is.EqualTo("Thursday, February 23, 2023 was the day the contest was won."));
    }

    [Test]
    public void A_dateline_whose_weekday_is_not_its_dates_is_text()
    {
        // Act: February 23, 2023 was a Thursday.
        var article = Read("A Title\n\nMonday, February 23, 2023\n\nBody text.\n", "a.txt");

        // Assert
        Assert.That(article.Published, Is.Null);
        Assert.That(article.Text, Does.StartWith("Monday, February 23, 2023"));
    }

    [Test]
    public void A_date_header_wins_over_a_dateline()
    {
        // Act
        var article = Read("A Title\nDate: 2023-02-24\n\nThursday, February 23, 2023\n\nBody text.\n", "a.txt");

        // Assert
        Assert.That(article.Published, Is.EqualTo(new DateOnly(2023, 2, 24)));
    }

    [Test]
    public void Any_plain_text_date_line_round_trips_and_stays_out_of_the_body()
    {
        Gen.Select(AnyDay, AnyForm, Gen.Bool, AnyBody).Sample((day, form, sourceFirst, body) =>
        {
            var date = "Date: " + Written(day, form);
            const string source = "Source: https://example.org/a (license: CC BY)";
            var header = sourceFirst ? $"{source}\n{date}" : $"{date}\n{source}";

            var article = Read($"A Title\n{header}\n\n{string.Join("\n\n", body)}\n", "a.txt");

            Assert.That(article.Published, Is.EqualTo(day), date);
            Assert.That(article.Text, Does.Not.Contain("Date:").And.Not.Contain("Source:"), date);
            Assert.That(article.Text, Is.EqualTo(string.Join("\n\n", body.Select(paragraph => TextNormalizer.CollapseWhiteSpace(paragraph)))), date);
            Assert.That(article.Origin, Is.EqualTo("https://example.org/a (license: CC BY)"));
        });
    }

    [Test]
    public void Any_markdown_front_matter_date_round_trips_and_stays_out_of_the_body()
    {
        Gen.Select(AnyDay, AnyForm, Gen.Bool, AnyBody).Sample((day, form, quoted, body) =>
        {
            var written = Written(day, form);
            var date = "date: " + (quoted ? $"\"{written}\"" : written);

            var article = Read($"---\ntitle: A Title\n{date}\n---\n# A Title\n\n{string.Join("\n\n", body)}\n", "a.md");

            Assert.That(article.Published, Is.EqualTo(day), date);
            Assert.That(article.Text, Does.Not.Contain("date:").And.Not.Contain(written).And.Not.Contain("---"), date);
        });
    }

    [Test]
    public void Any_html_date_meta_or_time_round_trips_and_stays_out_of_the_body()
    {
        string[] tags =
        [
            "<meta property=\"article:published_time\" content=\"{0}\">",
            "<meta name=\"date\" content=\"{0}\">",
            "<meta name=\"DC.date\" content=\"{0}\">",
            "<meta itemprop=\"datePublished\" content=\"{0}\">",
            "<time datetime=\"{0}\"></time>",
        ];
        Gen.Select(AnyDay, AnyForm, Gen.OneOf(tags), AnyBody).Sample((day, form, tag, body) =>
        {
            var written = Written(day, form);
            var dateTag = string.Format(CultureInfo.InvariantCulture, tag, written);
            var paragraphs = string.Concat(body.Select(paragraph => $"<p>{paragraph}</p>"));
            var head = tag.StartsWith("<meta", StringComparison.Ordinal) ? dateTag : "";
            var byline = head.Length == 0 ? dateTag : "";

            var article = Read($"<html><head>{head}</head><body><article><h1>A Title</h1>{byline}{paragraphs}</article></body></html>", "a.html");

            Assert.That(article.Published, Is.EqualTo(day), dateTag);
            Assert.That(article.Text, Does.Not.Contain(written), dateTag);
        });
    }

    [Test]
    public void Any_source_address_filed_under_a_day_dates_an_article_whose_header_gives_none()
    {
        Gen.Select(Gen.DateOnly[new DateOnly(1900, 1, 1), new DateOnly(2099, 12, 31)], AnyBody).Sample((day, body) =>
        {
            var address = day.ToString("'https://example.gov/briefing-room/'yyyy'/'MM'/'dd'/joint-statement/'", CultureInfo.InvariantCulture);

            var article = Read($"A Title\nSource: {address} (license: public domain)\n\n{string.Join("\n\n", body)}\n", "a.txt");

            Assert.That(article.Published, Is.EqualTo(day), address);
        });
    }

    [TestCase("Date: 2022-03-12\nSource: https://example.gov/2022/03/11/statement/", "2022-03-12")]
    [TestCase("Source: https://history.example.gov/milestones/1989-1992/madrid-conference", null)]
    [TestCase("Source: https://example.org/2022/13/11/statement/", null)]
    [TestCase("Source: https://example.org/2022/02/30/statement/", null)]
    [TestCase("Source: https://example.org/archive/2022/03/11/from/2021/05/01/", null)]
    [TestCase("Source: https://example.org/2022/03/110/statement/", null)]
    [TestCase("Source: https://example.org/2022/03/11", "2022-03-11")]
    public void A_date_header_wins_over_the_address_and_an_address_without_one_clear_day_gives_none(string header, string? expected)
    {
        // Act
        var article = Read($"A Title\n{header}\n\nBody text.\n", "a.txt");

        // Assert
        Assert.That(article.Published, Is.EqualTo(expected is null ? (DateOnly?)null : DateOnly.Parse(expected, CultureInfo.InvariantCulture)));
    }
}
