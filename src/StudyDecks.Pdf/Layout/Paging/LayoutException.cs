namespace StudyDecks.Pdf.Layout.Paging;

/// <summary>Content that cannot be placed on any page (taller than a page and unable to split).</summary>
public sealed class LayoutException : InvalidOperationException
{
    public LayoutException(string message)
        : base(message)
    {
    }

    public LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LayoutException()
        : base("The content cannot be laid out on the page.")
    {
    }
}
