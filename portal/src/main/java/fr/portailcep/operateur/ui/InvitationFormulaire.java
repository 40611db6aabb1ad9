package fr.portailcep.operateur.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.compte.Compte;
import fr.portailcep.compte.Role;
import fr.portailcep.operateur.EquipeService;
import fr.portailcep.operateur.Invitation;
import fr.portailcep.operateur.Site;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * Inviting a new member of the team: each field bound to the {@link Invitation} component of its name, so that
 * every refusal of the server ({@link EquipeService.InvitationRefusee}) is said beside its field and what was typed
 * stays. The button is disabled while the server works: a double click sends one invitation.
 */
class InvitationFormulaire extends Div {

    private final EmailField email = new EmailField();
    private final TextField prenom = new TextField();
    private final TextField nom = new TextField();
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    private final CheckboxGroup<Site> sites = new CheckboxGroup<>();

    /** @param invite told the account created, once the form is emptied */
    InvitationFormulaire(EquipeService equipe, Consumer<Compte> invite) {
        addClassName("pc-formulaire");
        email.setId("invitation-email");
        email.setLabel(getTranslation("equipe.inviter.email"));
        email.getElement().setAttribute("autocomplete", "off");
        prenom.setId("invitation-prenom");
        prenom.setLabel(getTranslation("equipe.inviter.prenom"));
        nom.setId("invitation-nom");
        nom.setLabel(getTranslation("equipe.inviter.nom"));
        for (var champ : List.of(email, prenom, nom)) {
            champ.setWidthFull();
            champ.setManualValidation(true);
            champ.setRequiredIndicatorVisible(true);
        }
        Saisie.limiter(prenom, Saisies.LONGUEUR_NOM);
        Saisie.limiter(nom, Saisies.LONGUEUR_NOM);
        role.setId("invitation-role");
        role.setLabel(getTranslation("equipe.inviter.role"));
        role.setItems(Role.CONSEILLER, Role.MANAGER);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.CONSEILLER);
        role.setRequiredIndicatorVisible(true);
        sites.setId("invitation-sites");
        sites.setLabel(getTranslation("equipe.inviter.sites"));
        sites.setHelperText(getTranslation("equipe.inviter.sites.aide"));
        sites.setItems(equipe.mesSites());
        sites.setItemLabelGenerator(Site::nom);

        var formulaire = Formulaire.pour(Invitation.class)
                .champ(Invitation.CHAMP_EMAIL, email)
                .champ(Invitation.CHAMP_PRENOM, prenom)
                .champ(Invitation.CHAMP_NOM, nom)
                .champ(Invitation.CHAMP_ROLE, role)
                .champConverti(Invitation.CHAMP_SITES, sites, InvitationFormulaire::ids);
        var envoyer = new Button(getTranslation("equipe.inviter.bouton"));
        envoyer.setId("inviter");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formulaire.soumettre(envoyer, invitation -> {
            var compte = equipe.inviter(invitation);
            email.clear();
            prenom.clear();
            nom.clear();
            sites.clear();
            formulaire.effacer();
            invite.accept(compte);
        });
        add(email, prenom, nom, role, sites, formulaire.erreurs(), envoyer);
    }

    private static Set<java.util.UUID> ids(Set<Site> choisis) {
        return choisis.stream().map(Site::id).collect(Collectors.toSet());
    }
}
