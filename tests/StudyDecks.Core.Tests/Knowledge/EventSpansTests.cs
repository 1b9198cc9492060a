using StudyDecks.Core.Knowledge;

namespace StudyDecks.Core.Tests.Knowledge;

public class EventSpansTests
{
    [TestCase("By the time of the Korean War armistice in _____, the United States was committed.", 1953, 1950, 1953)]
    [TestCase("In _____, during World War II, the Allies landed in Normandy.", 1944, 1939, 1945)]
    public void A_named_event_s_span_is_found_for_a_year_inside_it(string text, int year, int from, int to)
    {
        Assert.That(EventSpans.Default.Around(text, year), Is.EqualTo((from, to)));
    }

    [TestCase("By the time of the Korean War armistice in _____, the United States was committed.", 1955)]
    [TestCase("The Vietnam border was closed in _____.", 1960)]
    [TestCase("Peace came after the War of 18125 in _____.", 1813)]
    public void A_year_outside_the_span_or_no_event_named_whole_finds_none(string text, int year)
    {
        Assert.That(EventSpans.Default.Around(text, year), Is.Null);
    }

    [Test]
    public void The_longest_name_holding_the_year_wins()
    {
        var spans = new EventSpans(["Civil War\t1800\t1900", "American Civil War\t1861\t1865"]);

        Assert.That(spans.Around("the American Civil War in _____", 1863), Is.EqualTo((1861, 1865)));
    }
}
