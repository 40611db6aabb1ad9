package fr.portailcep.mediation.ui;

import java.time.Clock;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.mediation.MediationService;
import fr.portailcep.mediation.NouvelleSaisine;
import fr.portailcep.mediation.SaisinePreremplie;
import fr.portailcep.mediation.SaisineRefusee;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Saisie;

/**
 * The person refers a réclamation to the médiateur of France compétences in one step, on a phone: the réclamation,
 * the operator's answer and their reason are shown; their request is prefilled with that reason; one button sends.
 */
@Route(value = "mes-reclamations/:id/mediateur", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class SaisirMediateurView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The same bound as the service ({@code Saisine.LONGUEUR_DEMANDE}). */
    static final int LONGUEUR_DEMANDE = 4000;

    private final MediationService mediation;
    private final Clock horloge;

    public SaisirMediateurView(MediationService mediation, Clock horloge) {
        this.mediation = mediation;
        this.horloge = horloge;
        addClassName("pc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        removeAll();
        var reclamationId = Affichage.identifiant(evenement);
        var retour = new Anchor("/mes-reclamations/" + reclamationId, getTranslation("mediation.saisir.retour"));
        retour.addClassName("pc-lien");
        add(retour, new H1(getTranslation("mediation.saisir.titre")));
        try {
            afficher(mediation.preremplir(reclamationId));
        } catch (SaisineRefusee refus) {
            var texte = new Paragraph(getTranslation(refus.cle(), refus.argumentsEnTableau()));
            texte.setId("saisie-impossible");
            var carte = new Section(texte);
            carte.addClassName("pc-carte");
            add(carte);
        }
    }

    private void afficher(SaisinePreremplie pre) {
        var intro = new Paragraph(getTranslation("mediation.saisir.intro"));
        var f = Formats.francais();
        var reclamation = new Section(new H2(getTranslation("mediation.saisir.reclamation", pre.numeroReclamation())),
                Affichage.ligne(getTranslation("mediation.saisir.recue"),
                        pre.recueLe() == null ? "" : f.dateLongue(pre.recueLe())),
                Affichage.ligne(getTranslation("mediation.saisir.motif"), valeur(pre.motif())),
                Affichage.bloc(getTranslation("mediation.saisir.faits"), valeur(pre.faits())),
                Affichage.bloc(getTranslation("mediation.saisir.attentes"), valeur(pre.attentes())));
        reclamation.addClassName("pc-carte");
        reclamation.setId("reclamation");
        var reponse = new Section(new H2(getTranslation("mediation.saisir.reponse")));
        reponse.addClassName("pc-carte");
        reponse.setId("reponse-operateur");
        if (pre.reponse() == null) {
            reponse.add(new Paragraph(getTranslation("mediation.saisir.sans-reponse")));
        } else {
            reponse.add(new Paragraph(getTranslation("mediation.saisir.repondu",
                    f.dateLongueHeure(pre.reponduLe(), horloge.getZone()))), Affichage.texte(pre.reponse()));
        }

        var demande = new TextArea(getTranslation("mediation.saisir.demande"));
        demande.setId("demande");
        demande.setWidthFull();
        demande.setMinRows(5);
        demande.setHelperText(getTranslation("mediation.saisir.demande.aide"));
        Saisie.limiter(demande, LONGUEUR_DEMANDE);
        demande.setValue(pre.raison() == null ? "" : pre.raison());
        var formulaire = Formulaire.libre().obligatoire("demande", demande, "mediation.refus.demande.vide");
        var envoyer = new Button(getTranslation("mediation.saisir.envoyer"));
        envoyer.setId("envoyer-saisine");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        envoyer.setWidthFull();
        formulaire.soumettre(envoyer, x -> {
            var saisine = mediation.saisir(new NouvelleSaisine(pre.reclamationId(), demande.getValue()));
            getUI().ifPresent(ui -> ui.navigate("ma-mediation/" + saisine.id()));
        });
        var envoi = new Section(new H2(getTranslation("mediation.saisir.votre-demande")), demande,
                formulaire.erreurs(), new Paragraph(getTranslation("mediation.saisir.apres")), envoyer);
        envoi.addClassNames("pc-carte", "pc-formulaire");
        envoi.setId("formulaire-saisine");
        add(intro, reclamation, reponse, envoi);
    }

    private String valeur(String texte) {
        return texte == null || texte.isBlank() ? getTranslation("mediation.saisir.non-precise") : texte;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mediation.saisir.titre") + " – " + getTranslation("portail.nom");
    }

    static String lien(UUID reclamationId) {
        return "mes-reclamations/" + reclamationId + "/mediateur";
    }
}
