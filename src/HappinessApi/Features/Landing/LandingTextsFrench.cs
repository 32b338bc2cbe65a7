using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Landing;

public static class LandingTextsFrench
{
    public static readonly LandingTexts Texts = new(
        Language: LandingLanguage.French,
        Title: "Comment avons-nous fait\u00A0?",
        Intro: "Vérifiez votre réponse, ajoutez un commentaire si vous le souhaitez, puis cliquez sur Envoyer.",
        RatingLegend: "Votre avis sur notre réponse",
        Great: "Super",
        Ok: "OK",
        NotGood: "Pas terrible",
        ReasonsLegend: "Qu'est-ce qui vous a déçu\u00A0? (facultatif, plusieurs choix possibles)",
        CommentLabel: "Souhaitez-vous ajouter quelque chose\u00A0? (facultatif)",
        Send: "Envoyer",
        ThanksTitle: "Merci\u00A0!",
        ThanksBody: "Votre réponse a bien été enregistrée. Vous pouvez fermer cette page.",
        ThanksAgain: "Si vous changez d'avis, utilisez à nouveau les liens de l'e-mail.",
        InvalidTitle: "Ce lien n'est pas valide",
        InvalidBody: "Ouvrez le lien tel qu'il figure dans l'e-mail.",
        ExpiredTitle: "Ce lien a expiré",
        ExpiredBody: "Les liens d'évaluation ne fonctionnent que pendant un temps limité. Merci quand même.",
        NotFoundTitle: "Cette page n'existe pas",
        NotFoundBody: "Ouvrez l'un des liens de l'e-mail tel qu'il y figure.",
        BusyTitle: "Trop de demandes",
        BusyBody: "Trop de réponses sont venues de votre réseau à l'instant. Réessayez dans une minute.",
        TooLargeTitle: "Votre réponse est trop longue",
        TooLargeBody: "Le formulaire envoyé dépasse ce que cette page accepte. "
            + "Raccourcissez votre commentaire et renvoyez-le.",
        ChooseFace: "Choisissez l'un des trois visages.",
        CommentTooLong: $"Raccourcissez votre commentaire à {RatingFieldRules.MaxCommentLength} caractères.",
        CommentControl: "Votre commentaire contient des caractères de contrôle\u00A0; supprimez-les.",
        UnknownReason: "Choisissez les raisons dans la liste.");
}
