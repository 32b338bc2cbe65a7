namespace HappinessApi.Features.Invitations.Create;

/// <summary>A support reply that the customer may rate.</summary>
public sealed class CreateInvitationRequest
{
    /// <summary>The helpdesk's ticket id.</summary>
    public string TicketId { get; init; } = "";

    /// <summary>
    /// The helpdesk's id of the reply within the ticket; the same ticket and reply give the same invitation.
    /// </summary>
    public string? ReplyId { get; init; }

    /// <summary>The agent who wrote the reply, credited with its rating.</summary>
    public InvitationAgent Agent { get; init; } = new();

    /// <summary>The agent's team.</summary>
    public string? Team { get; init; }

    /// <summary>Who was answered; kept private, never shown in a report.</summary>
    public InvitationCustomer? Customer { get; init; }

    /// <summary>The customer's language, such as en or fr.</summary>
    public string? Locale { get; init; }

    /// <summary>How many days the links stay valid; by default the configured lifetime (30 days).</summary>
    public int? ExpiresInDays { get; init; }
}

/// <summary>An agent as the helpdesk knows them.</summary>
public sealed class InvitationAgent
{
    /// <summary>The helpdesk's agent id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The name shown with the agent's ratings.</summary>
    public string Name { get; init; } = "";
}

/// <summary>The customer who was answered.</summary>
public sealed class InvitationCustomer
{
    /// <summary>The helpdesk's customer id.</summary>
    public string? Id { get; init; }

    /// <summary>The customer's name.</summary>
    public string? Name { get; init; }

    /// <summary>The customer's e-mail address.</summary>
    public string? Email { get; init; }
}
