using StudyDecks.Core.Articles;

namespace StudyDecks.Core.Tests.Articles;

public sealed class PublishedDateTests
{
    [TestCase("2021-06-28")]
    [TestCase(" 2021-06-28 ")]
    [TestCase("2021-06-28T09:30:00Z")]
    [TestCase("2021-06-28T23:30:00-05:00")]
    [TestCase("2021-06-28 09:30")]
    [TestCase("June 28, 2021")]
    [TestCase("June 28 2021")]
    [TestCase("Jun. 28, 2021")]
    [TestCase("june 28, 2021")]
    [TestCase("28 June 2021")]
    [TestCase("28 Jun 2021")]
    public void Each_accepted_form_gives_the_day_it_writes(string text)
    {
        Assert.That(PublishedDate.Parse(text), Is.EqualTo(new DateOnly(2021, 6, 28)));
    }

    [Test]
    public void A_date_time_gives_the_date_as_written_not_converted_to_another_zone()
    {
        Assert.That(PublishedDate.Parse("2021-06-28T23:30:00-05:00"), Is.EqualTo(new DateOnly(2021, 6, 28)));
    }

    [Test]
    public void Short_month_forms_come_from_the_month_list()
    {
        Assert.That(PublishedDate.Parse("Sept. 3, 2019"), Is.EqualTo(new DateOnly(2019, 9, 3)));
        Assert.That(PublishedDate.Parse("3 Sep 2019"), Is.EqualTo(new DateOnly(2019, 9, 3)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("yesterday")]
    [TestCase("2021-02-30")]
    [TestCase("2021-13-01")]
    [TestCase("2021-06")]
    [TestCase("2021-06-28x")]
    [TestCase("28/06/2021")]
    [TestCase("06/28/2021")]
    [TestCase("February 30, 2021")]
    [TestCase("June 28, 21")]
    [TestCase("Juneteenth 28, 2021")]
    [TestCase("28 June 2021 or so")]
    [TestCase("0000-01-01")]
    [TestCase("January 1, 0000")]
    public void Text_that_is_no_date_in_an_accepted_form_gives_none(string? text)
    {
        Assert.That(PublishedDate.Parse(text), Is.Null);
    }
}
