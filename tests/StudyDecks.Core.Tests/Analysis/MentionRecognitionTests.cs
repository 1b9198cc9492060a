namespace StudyDecks.Core.Tests.Analysis;

public class MentionRecognitionTests
{
    private static readonly object[] Cases =
    [
        new object[] { "Indeed, some 31,000 of those detained at al-Hol are Iraqi.", "Number", "31,000" },
        new object[] { "The Coalition includes nine Arab states.", "Number", "nine" },
        new object[] { "The 83-member Coalition met in Rome.", "Number", "83" },
        new object[] { "The U.S. is contributing $168 million to the drive.", "Money", "$168 million" },
        new object[] { "Claims above 95% are accepted.", "Percent", "95%" },
        new object[] { "Karim said 99 percent are local people.", "Percent", "99 percent" },
        new object[] { "The ministers met on June 27, 2021 in Rome.", "Date", "June 27, 2021" },
        new object[] { "The ministers met on Sept. 30 in Washington.", "Date", "Sept. 30" },
        new object[] { "The Coalition would remain until at least September 2026 in Erbil.", "Date", "September 2026" },
        new object[] { "In 2017, the last stronghold fell.", "Year", "2017" },
        new object[] { "It was the first in-person meeting in two years.", "Duration", "two years" },
        new object[] { "The delegation flew to Baghdad for talks.", "Place", "Baghdad" },
        new object[] { "The Syrian Democratic Forces hold the camps.", "Organization", "Syrian Democratic Forces" },
        new object[] { "Iraqi Foreign Minister Fuad Hussein spoke first.", "Person", "Fuad Hussein" },
        new object[] { "The talks were led by Secretary of State Antony Blinken.", "Person", "Antony Blinken" },
        new object[] { "Officials met Mazloum Abdi, the head of the group, in Syria.", "Person", "Mazloum Abdi" },
        new object[] { "Benes announced the appointment of Jan Masaryk as Chargé d’Affaires in Washington.", "Person", "Jan Masaryk" },
        new object[] { "The treaty was signed on Jan 12, 1920 in Washington.", "Date", "Jan 12, 1920" },
        new object[] { "In 1839 the two countries signed a Treaty of Commerce and Navigation in The Hague.", "Event", "Treaty of Commerce and Navigation" },
        new object[] { "Amid the Senate's consideration of the Affordable Health Care for America Act, Brown's 2010 election broke the Democrats' super-majority.", "Event", "Affordable Health Care for America Act" },
        new object[] { "Antonín Leopold Dvořák was a Czech composer of the Romantic era.", "Person", "Antonín Leopold Dvořák" },
        new object[] { "In 2020 Abu Ibrahim al-Hashimi al-Qurashi met the council in Raqqa.", "Person", "Abu Ibrahim al-Hashimi al-Qurashi" },
        new object[] { "Both the Irving Independent School District and the police said the boy's religion was not a factor.", "Organization", "Irving Independent School District" },
        new object[] { "Lt. Gen. James was the Air Force deputy chief of staff for intelligence in Washington.", "Person", "James" },
        new object[] { "The last representative was the Agent of the United States to Central America William S. Murphy, who left in March 1842.", "Person", "William S. Murphy" },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Recognises_mentions_with_their_kind(string sentence, string kind, string text)
    {
        // Arrange
        var analysis = ArticleText.Analyze(sentence);

        // Act
        var mentions = analysis.AllMentions().Select(mention => (mention.ResolvedKind.ToString(), mention.Text)).ToList();

        // Assert
        Assert.That(mentions, Does.Contain((kind, text)));
    }

    [Test]
    public void Mentions_keep_offsets_into_the_article_text()
    {
        // Arrange
        var analysis = ArticleText.Analyze("The U.S. is contributing $168 million to the Coalition in Iraq.");

        // Act & Assert
        foreach (var mention in analysis.AllMentions())
        {
            Assert.That(analysis.Article.Text[mention.Start..mention.End], Is.EqualTo(mention.Text));
        }
    }

    [TestCase("They contain some 43,000 people, including 9,00 fighters.", "9,00")]
    [TestCase("Ten years ago, the coalition was formed.", "Ten years")]
    [TestCase("The rocket launched from Space Launch Complex 40 at the Cape.", "40")]
    public void Marks_malformed_relative_and_label_quantities_unusable(string sentence, string text)
    {
        // Arrange
        var analysis = ArticleText.Analyze(sentence);

        // Act
        var mention = analysis.AllMentions().Single(candidate => candidate.Text == text);

        // Assert
        Assert.That(mention.IsUnusable, Is.True);
    }
}
