using System.Globalization;
using Newtonsoft.Json;

namespace StudyDecks.Core.Json;

/// <summary>
/// Name-and-value writes over Newtonsoft's <see cref="JsonWriter"/>, the one JSON library of the program: its writer needs
/// no reflection, so the same code runs under Native AOT.
/// </summary>
public static class JsonWriting
{
    /// <summary>Writes a string property (<c>null</c> as JSON null).</summary>
    public static void WriteString(this JsonWriter json, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    /// <summary>Writes an integer property.</summary>
    public static void WriteNumber(this JsonWriter json, string name, long value)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    /// <summary>
    /// Writes a number property as the shortest text that reads back as the same double, without a forced ".0"
    /// ("1", "0.25", "1.3"): the form the reports and Anki's settings had before.
    /// </summary>
    public static void WriteNumber(this JsonWriter json, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName(name);
        json.WriteRawValue(value.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Writes a boolean property.</summary>
    public static void WriteBoolean(this JsonWriter json, string name, bool value)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    /// <summary>Writes a null property.</summary>
    public static void WriteNull(this JsonWriter json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName(name);
        json.WriteNull();
    }

    /// <summary>Starts an object-valued property.</summary>
    public static void WriteStartObject(this JsonWriter json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName(name);
        json.WriteStartObject();
    }

    /// <summary>Starts an array-valued property.</summary>
    public static void WriteStartArray(this JsonWriter json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName(name);
        json.WriteStartArray();
    }

    /// <summary>A JSON array of strings on one line, as stored in the score database's text columns.</summary>
    public static string StringArray(IEnumerable<string> values)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text))
        {
            json.WriteStartArray();
            foreach (var value in values)
            {
                json.WriteValue(value);
            }

            json.WriteEndArray();
        }

        return text.ToString();
    }

    /// <summary>Reads a JSON array of strings written by <see cref="StringArray"/> (JSON null reads as none).</summary>
    /// <exception cref="JsonException">The text is not a JSON array of strings.</exception>
    public static string[] ReadStringArray(string text)
    {
        using var json = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        var values = new List<string>();
        if (json.Read() && json.TokenType == JsonToken.Null && !json.Read())
        {
            return [];
        }

        if (json.TokenType != JsonToken.StartArray)
        {
            throw new JsonReaderException("Expected a JSON array of strings.");
        }

        while (json.Read() && json.TokenType != JsonToken.EndArray)
        {
            values.Add(json.TokenType == JsonToken.String ? (string)json.Value! : throw new JsonReaderException("Expected a JSON array of strings."));
        }

        if (json.TokenType != JsonToken.EndArray || json.Read())
        {
            throw new JsonReaderException("Expected a JSON array of strings.");
        }

        return values.ToArray();
    }
}
