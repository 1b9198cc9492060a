using System.Text;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Generation;

namespace StudyDecks.Core.Tests.Generation;

public sealed class ContextLineTests
{
    [Test]
    public void A_headline_divided_by_a_colon_offers_each_part_as_a_topic()
    {
        // Act
        var topics = ContextLine.Topics("Super Bowl 50: Denver Broncos defeat Carolina Panthers 24–10", []).ToList();

        // Assert
        Assert.That(topics, Is.EqualTo(new[] { "Super Bowl 50", "Denver Broncos defeat Carolina Panthers 24–10" }));
    }

    [Test]
    public void The_article_names_a_headline_holds_are_topics_longest_first()
    {
        // Act
        var topics = ContextLine.Topics("Jeff Gordon wins the 2014 Brickyard 400", ["Jeff Gordon", "2014 Brickyard 400", "Indianapolis Motor Speedway"]).ToList();

        // Assert
        Assert.That(topics, Is.EqualTo(new[] { "2014 Brickyard 400", "Jeff Gordon" }));
    }

    [TestCase("The United States and the French Revolution, 1789–1799", "United States")]
    [TestCase("The Australia, New Zealand and United States Security Treaty (ANZUS Treaty), 1951", "United States Security Treaty")]
    [TestCase("Lockerbie convict Abdelbaset Ali al-Megrahi buried", "Abdelbaset Ali")]
    public void A_name_that_is_only_part_of_a_longer_name_in_the_line_is_no_topic(string line, string name)
    {
        Assert.That(ContextLine.Topics(line, [name]), Is.Empty);
    }

    [TestCase("Castro recovering following surgery: Cuban officials", "Cuban officials")]
    [TestCase("Hottest planet found: NASA scientists", "NASA scientists")]
    public void The_part_of_a_headline_that_says_who_told_it_is_no_topic(string line, string attribution)
    {
        Assert.That(ContextLine.Topics(line, []), Does.Not.Contain(attribution));
    }

    [Test]
    public void A_name_of_one_word_is_no_topic()
    {
        Assert.That(ContextLine.Topics("Chelsea beats Arsenal", ["Chelsea", "Arsenal"]), Is.Empty);
    }

    [Test]
    public void A_headline_cut_before_a_closing_phrase_is_a_topic_longest_first()
    {
        // Act
        var topics = ContextLine.Topics("Joint Statement by the G7 Announcing Further Economic Costs on Russia", []).ToList();

        // Assert
        Assert.That(topics, Is.EqualTo(new[] { "Joint Statement by the G7 Announcing Further Economic Costs" }));
    }

    [TestCase("Chelsea beats Arsenal in Carling Cup", "Chelsea beats Arsenal")]
    [TestCase("Pop culture celebrated at Fan Expo Canada 2016 in Toronto", "Pop culture celebrated at Fan Expo Canada 2016")]
    public void A_headline_cut_before_a_preposition_keeps_what_names_something(string line, string first)
    {
        Assert.That(ContextLine.Topics(line, []).First(), Is.EqualTo(first));
    }

    [Test]
    public void A_cut_that_leaves_too_little_or_names_nothing_is_no_topic()
    {
        Assert.That(ContextLine.Topics("Mountaineers 'Climb Up' for AIDS funding", []), Is.Empty);
        Assert.That(ContextLine.Topics("Australian children suffering from iodine deficiency", []), Is.Empty);
    }

    [TestCase("FACT SHEET: The Second International Counter Ransomware Initiative Summit", "The Second International Counter Ransomware Initiative Summit")]
    [TestCase("Readout: President Biden's Call with Prime Minister Albanese", "President Biden's Call with Prime Minister Albanese")]
    [TestCase("Super Bowl 50: Denver Broncos defeat Carolina Panthers 24–10", "Super Bowl 50: Denver Broncos defeat Carolina Panthers 24–10")]
    public void A_label_of_the_kind_of_text_is_left_out_of_the_context_line(string title, string line)
    {
        // Arrange
        var article = ArticleReader.Read(Encoding.UTF8.GetBytes($"{title}\n\nThe summit met in Washington.\n"), "a.txt");

        // Act
        var context = ContextLine.For(article);

        // Assert
        Assert.That(context, Is.EqualTo(line));
    }

    [Test]
    public void A_label_of_the_kind_of_text_is_no_topic()
    {
        Assert.That(ContextLine.Topics("FACT SHEET: Biden-Harris Administration Announces New Actions", []), Does.Not.Contain("FACT SHEET"));
    }
}
