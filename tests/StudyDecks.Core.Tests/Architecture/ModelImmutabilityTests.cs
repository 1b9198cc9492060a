using System.Reflection;
using StudyDecks.Core.Articles;
using StudyDecks.Core.Decks;

namespace StudyDecks.Core.Tests.Architecture;

public sealed class ModelImmutabilityTests
{
    private static IEnumerable<Type> ModelTypes() =>
        typeof(Deck).Assembly.GetTypes()
            .Where(type => type.IsPublic && type.Namespace is "StudyDecks.Core.Decks" or "StudyDecks.Core.Articles")
            .Where(type => type.IsClass && !type.IsAbstract && type.GetMethod("<Clone>$") is not null);

    [Test]
    public void The_model_has_records_to_check()
    {
        Assert.That(ModelTypes(), Does.Contain(typeof(Deck)).And.Contain(typeof(Card)).And.Contain(typeof(Article)));
    }

    [TestCaseSource(nameof(ModelTypes))]
    public void Model_records_are_sealed_with_init_only_state(Type type)
    {
        Assert.That(type.IsSealed, Is.True, $"{type.Name} is not sealed");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            var isInitOnly = setter is null || setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));
            Assert.That(isInitOnly, Is.True, $"{type.Name}.{property.Name} has a public setter");
            Assert.That(property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>), Is.False, $"{type.Name}.{property.Name} is a mutable list");
        }

        Assert.That(type.GetFields(BindingFlags.Public | BindingFlags.Instance), Is.Empty, $"{type.Name} has public fields");
    }
}
