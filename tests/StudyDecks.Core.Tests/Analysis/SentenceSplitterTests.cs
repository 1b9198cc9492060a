namespace StudyDecks.Core.Tests.Analysis;

public class SentenceSplitterTests
{
    private static readonly object[] Cases =
    [
        new object[] { "The U.S. is the co-lead of that effort. Saudi Arabia agreed.", new[] { "The U.S. is the co-lead of that effort.", "Saudi Arabia agreed." } },
        new object[] { "The note was signed by John J. Catherine in Rome. It ended.", new[] { "The note was signed by John J. Catherine in Rome.", "It ended." } },
        new object[] { "President George H. W. Bush spoke on Sept. 30 in Washington. He left.", new[] { "President George H. W. Bush spoke on Sept. 30 in Washington.", "He left." } },
        new object[] { "Dr. Fuad Hussein met St. John. They talked.", new[] { "Dr. Fuad Hussein met St. John.", "They talked." } },
        new object[] { "The rate rose to 3.5 percent. Prices fell.", new[] { "The rate rose to 3.5 percent.", "Prices fell." } },
        new object[] { "He said, “We came. We saw.” Then he left.", new[] { "He said, “We came. We saw.”", "Then he left." } },
        new object[] { "Aid was led by the U.S. The UK followed.", new[] { "Aid was led by the U.S.", "The UK followed." } },
        new object[] { "It is nearly as hot as the Sun. The planet takes two days to orbit its star.", new[] { "It is nearly as hot as the Sun.", "The planet takes two days to orbit its star." } },
        new object[] { "The talks opened on Wed. March 4 in Rome.", new[] { "The talks opened on Wed. March 4 in Rome." } },
        new object[] { "He knew the area well—i.e. Kirkuk Province, not Mosul.", new[] { "He knew the area well—i.e. Kirkuk Province, not Mosul." } },
        new object[] { "They met aboard the U.S.S. Augusta in Placentia Bay. It was a long meeting.", new[] { "They met aboard the U.S.S. Augusta in Placentia Bay.", "It was a long meeting." } },
        new object[] { "The H.M.S. Leopard boarded the ship. Nobody was hurt.", new[] { "The H.M.S. Leopard boarded the ship.", "Nobody was hurt." } },
        new object[] { "The ship sailed under the U.S.S.R. The crew cheered.", new[] { "The ship sailed under the U.S.S.R.", "The crew cheered." } },
        new object[] { "It should not be squandered.In the spring of 1978, Carter decided.", new[] { "It should not be squandered.", "In the spring of 1978, Carter decided." } },
        new object[] { "He shopped at Amazon.com and the U.S.Army store. It was late.", new[] { "He shopped at Amazon.com and the U.S.Army store.", "It was late." } },
        new object[] { "On October 29, HDT Védelmi Ipari Kft. (HDT Limited) acquired the group. It paid cash.", new[] { "On October 29, HDT Védelmi Ipari Kft. (HDT Limited) acquired the group.", "It paid cash." } },
        new object[] { "Shares of Tata Sons Pvt. Ltd. rose. Markets cheered.", new[] { "Shares of Tata Sons Pvt. Ltd. rose.", "Markets cheered." } },
        new object[] { "He was charged with embezzling Rs. 50,000 in 1607. He lost his rank.", new[] { "He was charged with embezzling Rs. 50,000 in 1607.", "He lost his rank." } },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Splits_sentences_at_real_ends_only(string text, string[] expected)
    {
        // Arrange
        var analysis = ArticleText.Analyze(text);

        // Act
        var sentences = analysis.Sentences.Select(sentence => sentence.Text).ToArray();

        // Assert
        Assert.That(sentences, Is.EqualTo(expected));
    }

    [Test]
    public void Sentences_are_verbatim_spans_of_the_article_text()
    {
        // Arrange
        var analysis = ArticleText.Analyze("First sentence here. Second one follows.\n\nA new paragraph starts.");

        // Act & Assert
        foreach (var sentence in analysis.Sentences)
        {
            Assert.That(analysis.Article.Text[sentence.Start..sentence.End], Is.EqualTo(sentence.Text));
        }
    }

    [TestCase("US Secretary of State Antony Blinken attends a meeting in Rome, June 27, 2021. (Photo: AFP)")]
    [TestCase("Read More: G7 leaders ‘commend,’ reiterate support for Kurdistan Region’s Peshmerga")]
    [TestCase("Editing by John J. Catherine")]
    [TestCase("By Jane Smith")]
    [TestCase("No Deadline for Coalition Presence in Erbil?")]
    [TestCase("ISS032-E-011701 (4 Aug. 2012) — NASA astronaut Sunita Williams exercises on a treadmill of the station.")]
    [TestCase("jsc2024e012345 (Jan. 5, 2024) --- Astronauts train in the pool at the Johnson Space Center.")]
    [TestCase("Media members must request credentials by Feb. 13 to Lance Davis: 256-640-9065 or lance.d.davis@nasa.gov.")]
    [TestCase("For more information, call (202) 358-1600.")]
    [TestCase("The crew exit a prototype of a pressurized rover ahead of their entry into the habitat on June 25, 2023. Credit: NASA/Josh Valcarcel")]
    [TestCase("Low Earth orbit is the most concentrated area for orbital debris. Credits: NASA ODPO")]
    [TestCase("Left: Workers roll Columbia out from its hangar. Right: Columbia just prior to rollout from Rockwell’s plant in Palmdale in March 1979.")]
    [TestCase("2022 Honorees from left to right: Tim Wilson; Yuan Chen, Elspeth Peterson, Grace Belancik; Christopher Johnston.")]
    [TestCase("From left: senior Julianne Wu, team captain and senior Maia Kopylova, and team coach Ruby-Ann Lopez.")]
    [TestCase("During a research trip to Fiji, Dr. Lola Fatoyinbo poses in a cluster of coastal mangroves.")]
    [TestCase("The helicopter’s aerial prototype is seen at the Smithsonian’s Udvar-Hazy Center in Chantilly, Va, Dec. 15, 2023.")]
    [TestCase("NASA astronaut Loral O’Hara is pictured inside the cupola aboard the International Space Station.")]
    [TestCase("A CADRE rover is prepared for testing in a special chamber at JPL in November 2023. Such testing confirms that the subsystems do not interfere with each other. NASA/JPL-Caltech")]
    [TestCase("NASA astronaut Jessica Wittner uses an early design of the Artemis lunar camera in Lanzarote, Spain. European Space Agency/A. Romero")]
    [TestCase("On screen is former NASA astronaut Bernard A. Harris Jr., who flew during the Space Shuttle Program. NASA/Charles Beason ")]
    public void Skips_boilerplate_blocks(string block)
    {
        // Arrange
        var analysis = ArticleText.Analyze($"The ministers met in Rome.\n\n{block}\n\nThey agreed on a plan.");

        // Act
        var sentences = analysis.Sentences.Select(sentence => sentence.Text).ToArray();

        // Assert
        Assert.That(sentences, Is.EqualTo(new[] { "The ministers met in Rome.", "They agreed on a plan." }));
    }

    [TestCase("I thank the director for putting our office in a place where we are seen and heard.")]
    [TestCase("The proposal is seen as a step toward a wider agreement between the two countries.")]
    [TestCase("The new rules pose a risk to small farms across the region.")]
    [TestCase("The data were shared by NASA/JPL and the European Space Agency in 2023.")]
    [TestCase("The rover landed on Mars in 2021, as NASA/JPL planned.")]
    public void Keeps_a_short_block_that_is_no_caption(string block)
    {
        var analysis = ArticleText.Analyze($"The ministers met in Rome.\n\n{block}");

        Assert.That(analysis.Sentences.Select(sentence => sentence.Text), Does.Contain(block));
    }

    [Test]
    public void Strips_the_dateline_from_the_first_sentence()
    {
        // Arrange
        var analysis = ArticleText.Analyze("WASHINGTON DC (Kurdistan 24) - The 83-member Coalition met in Rome.");

        // Act
        var first = analysis.Sentences[0].Text;

        // Assert
        Assert.That(first, Is.EqualTo("The 83-member Coalition met in Rome."));
    }

    [TestCase("Hawker, Canberra — Wednesday night, the team won twice.", "Wednesday night, the team won twice.")]
    [TestCase("WASHINGTON — The Senate passed the bill.", "The Senate passed the bill.")]
    [TestCase("LONDON (Reuters) — The Senate passed the bill.", "The Senate passed the bill.")]
    public void Strips_a_dateline_with_no_agency_when_a_dash_follows(string text, string expected)
    {
        var analysis = ArticleText.Analyze(text);

        Assert.That(analysis.Sentences[0].Text, Is.EqualTo(expected));
    }

    [TestCase("Editor’s Notes (March 2024): Oakwood University was awarded a STTR Phase II in November 2023.", "Oakwood University was awarded a STTR Phase II in November 2023.")]
    [TestCase("Editor's note: The launch moved to Feb. 6.", "The launch moved to Feb. 6.")]
    public void Strips_an_editors_note_label(string text, string expected)
    {
        var analysis = ArticleText.Analyze(text);

        Assert.That(analysis.Sentences[0].Text, Is.EqualTo(expected));
    }

    [TestCase("Anita O'Day — a singer of jazz — died in Los Angeles.")]
    [TestCase("Barack Obama — then a senator — spoke in Ohio.")]
    [TestCase("NASA — the US space agency — announced a new mission.")]
    [TestCase("Paris, Texas — not the French capital — is a small town.")]
    public void Keeps_a_name_and_a_dash_that_open_a_sentence(string text)
    {
        var analysis = ArticleText.Analyze(text);

        Assert.That(analysis.Sentences[0].Text, Is.EqualTo(text));
    }

    [Test]
    public void A_run_of_more_words_than_a_sentence_has_is_no_sentence()
    {
        var table = string.Join(' ', Enumerable.Range(1, Core.Analysis.SentenceSplitter.MaximumWords + 1));
        var analysis = ArticleText.Analyze($"Rome is in Italy. {table} Paris is in France.");

        var sentences = analysis.Sentences.Select(sentence => sentence.Text).ToArray();

        Assert.That(sentences, Is.EqualTo(new[] { "Rome is in Italy." }));
    }

    [Test]
    public void A_sentence_of_the_maximum_length_is_kept()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", Core.Analysis.SentenceSplitter.MaximumWords - 1));

        var analysis = ArticleText.Analyze($"Rome {words}.");

        Assert.That(analysis.Sentences, Has.Count.EqualTo(1));
    }

    [TestCase("1934 1916 1965 1930 2026 2015.")]
    [TestCase("March 19, 1916 May 4, 2026 August 16, 1997.")]
    [TestCase("$138.9 million $868.1 million $262.1 million.")]
    [TestCase("18% 73% 98% 9% 33%.")]
    [TestCase("Totals: 17612 74607 8272 33433 15456.")]
    [TestCase("She was 87.")]
    [TestCase("The counts were 12, 15, 18, 22, 30 and 41.")]
    public void A_list_of_figures_is_no_sentence(string list)
    {
        var analysis = ArticleText.Analyze($"Rome is in Italy. {list} Paris is in France.");

        var sentences = analysis.Sentences.Select(sentence => sentence.Text).ToArray();

        Assert.That(sentences, Is.EqualTo(new[] { "Rome is in Italy.", "Paris is in France." }));
    }

    [TestCase("The war ended in 1945.")]
    [TestCase("Turnout rose to 62 percent in 2020.")]
    [TestCase("In 2020, sales rose 5% to $3 million from $2.8 million in 2019.")]
    [TestCase("The bridge opened on March 19, 1916.")]
    [TestCase("Rome fell in 476 AD.")]
    public void A_statement_with_figures_is_a_sentence(string statement)
    {
        var analysis = ArticleText.Analyze($"Rome is in Italy. {statement}");

        var sentences = analysis.Sentences.Select(sentence => sentence.Text).ToArray();

        Assert.That(sentences, Is.EqualTo(new[] { "Rome is in Italy.", statement }));
    }
}
