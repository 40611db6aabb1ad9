package fr.portailcep.reclamation.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.reclamation.ActeReclamation;
import fr.portailcep.reclamation.NouvelleReclamation;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.reclamation.VueReclamation;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Saisie;

/**
 * One réclamation, for the person: the acknowledgement and the countdown first, then what they wrote, the answer
 * with its letter, the question "Cette réponse vous convient-elle ?", and the way to the médiateur when the
 * réclamation says it is open ({@link ActeReclamation#SAISIR_MEDIATEUR}).
 */
@Route(value = "mes-reclamations/:id", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MaReclamationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The reason the answer does not suit the person: as long as what they expect (as {@code Reclamation}'s). */
    static final int LONGUEUR_RAISON = NouvelleReclamation.LONGUEUR_ATTENTES;

    private final ReclamationsService reclamations;
    private final Clock horloge;
    private String titre = "";

    public MaReclamationView(ReclamationsService reclamations, Clock horloge) {
        this.reclamations = reclamations;
        this.horloge = horloge;
        addClassNames("pc-page", "pc-ma-reclamation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var id = identifiant(evenement);
        if (id.isEmpty()) {
            evenement.rerouteToError(NotFoundException.class);
            return;
        }
        var deposee = evenement.getLocation().getQueryParameters().getParameters().containsKey("deposee");
        afficher(reclamations.parId(id.get()), deposee);
    }

    static Optional<UUID> identifiant(BeforeEnterEvent evenement) {
        try {
            return evenement.getRouteParameters().get("id").map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void afficher(VueReclamation r, boolean deposee) {
        removeAll();
        titre = getTranslation("reclamation.numero", r.numero());
        var retour = new Anchor("/" + MesReclamationsView.CHEMIN, getTranslation("reclamation.retour.liste"));
        retour.addClassName("pc-lien");
        var entete = new Div(Reclamations.titre(this, r.numero(), null), Reclamations.etat(this, r.etat(), false));
        entete.addClassName("pc-reclamation-entete");
        add(retour, entete);

        var suivi = new Section(new H2(getTranslation("reclamation.suivi.titre")));
        suivi.addClassName("pc-carte");
        suivi.setId("suivi");
        if (deposee) {
            var merci = new Paragraph(getTranslation("reclamation.deposee"));
            merci.addClassName("pc-accuse-reception");
            merci.setId("reclamation-deposee");
            merci.getElement().setAttribute("role", "status");
            suivi.add(merci);
        }
        suivi.add(Reclamations.dates(this, r, horloge, true));
        add(suivi);

        if (r.reponse() != null) {
            var reponse = new Section(new H2(getTranslation("reclamation.reponse.titre")),
                    Reclamations.texte(r.reponse(), "texte-reponse"), Reclamations.lettre(this, reclamations, r));
            reponse.addClassName("pc-carte");
            reponse.setId("reponse");
            add(reponse);
        }
        if (r.avisSatisfait() != null) {
            var avis = new Section(new H2(getTranslation("reclamation.avis.titre")),
                    new Paragraph(getTranslation(r.avisSatisfait() ? "reclamation.avis.donne.oui"
                            : "reclamation.avis.donne.non")));
            if (!r.avisSatisfait() && r.raisonAvis() != null) {
                avis.add(Reclamations.texte(r.raisonAvis(), "raison-avis"));
            }
            if (r.actes().contains(ActeReclamation.DONNER_AVIS)) {
                // The person may still change their mind: the question, folded, with their answer.
                var changer = new Details(getTranslation("reclamation.avis.changer"), formulaireAvis(r));
                changer.setId("changer-avis");
                avis.add(changer);
            }
            avis.addClassName("pc-carte");
            avis.setId("avis-donne");
            add(avis);
        } else if (r.actes().contains(ActeReclamation.DONNER_AVIS)) {
            var avis = new Section(new H2(getTranslation("reclamation.avis.titre")), formulaireAvis(r));
            avis.addClassName("pc-carte");
            avis.setId("donner-avis");
            add(avis);
        }
        if (r.actes().contains(ActeReclamation.SAISIR_MEDIATEUR)) {
            var texte = new Paragraph(getTranslation(r.reponse() == null ? "reclamation.mediateur.sans.reponse"
                    : "reclamation.mediateur.texte"));
            var saisir = new Anchor("/mes-reclamations/" + r.id() + "/mediateur",
                    getTranslation("reclamation.mediateur.saisir"));
            saisir.addClassNames("pc-bouton-lien", "pc-bouton-principal");
            saisir.setId("saisir-mediateur");
            var mediateur = new Section(new H2(getTranslation("reclamation.mediateur.titre")), texte, saisir);
            mediateur.addClassName("pc-carte");
            mediateur.setId("mediateur");
            add(mediateur);
        } else if (r.saisineId() != null) {
            // Referred: where the médiateur's work on it is followed.
            var texte = new Paragraph(getTranslation("reclamation.mediateur.saisi",
                    Formats.francais().dateLongue(LocalDate.ofInstant(r.porteeAuMediateurLe(), horloge.getZone()))));
            var suivre = new Anchor("/ma-mediation/" + r.saisineId(), getTranslation("reclamation.mediateur.suivre"));
            suivre.addClassNames("pc-bouton-lien");
            suivre.setId("suivre-mediation");
            var mediateur = new Section(new H2(getTranslation("reclamation.mediateur.titre")), texte, suivre);
            mediateur.addClassName("pc-carte");
            mediateur.setId("mediateur");
            add(mediateur);
        }

        var contenu = new Section(new H2(getTranslation("reclamation.contenu.titre")),
                new Paragraph(getTranslation("reclamation.contenu.motif", r.motif().libelle())),
                new H3(getTranslation("reclamation.contenu.faits")), Reclamations.texte(r.faits(), "texte-faits"),
                new H3(getTranslation("reclamation.contenu.attentes")),
                Reclamations.texte(r.attentes(), "texte-attentes"));
        Reclamations.pieces(this, reclamations, r).ifPresent(contenu::add);
        contenu.addClassName("pc-carte");
        contenu.setId("contenu");
        add(contenu);
    }

    private Div formulaireAvis(VueReclamation r) {
        var choix = new RadioButtonGroup<Boolean>(getTranslation("reclamation.avis.question"));
        choix.setId("avis");
        choix.setItems(Boolean.TRUE, Boolean.FALSE);
        choix.setItemLabelGenerator(b -> getTranslation(b ? "reclamation.avis.oui" : "reclamation.avis.non"));
        var raison = new TextArea(getTranslation("reclamation.avis.raison"));
        raison.setId("raison");
        raison.setHelperText(getTranslation("reclamation.avis.raison.aide"));
        raison.setWidthFull();
        raison.setMinRows(3);
        Saisie.limiter(raison, LONGUEUR_RAISON);
        if (r.avisSatisfait() != null) {
            choix.setValue(r.avisSatisfait());
            raison.setValue(r.raisonAvis() == null ? "" : r.raisonAvis());
        }
        raison.setVisible(Boolean.FALSE.equals(r.avisSatisfait()));
        choix.addValueChangeListener(e -> raison.setVisible(Boolean.FALSE.equals(e.getValue())));
        var formulaire = Formulaire.libre().obligatoire("satisfait", choix, "reclamation.avis.vide")
                .champ("raison", raison);
        var envoyer = new Button(getTranslation("reclamation.avis.envoyer"));
        envoyer.setId("envoyer-avis");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        envoyer.setWidthFull();
        formulaire.soumettre(envoyer, rien -> {
            var vue = reclamations.donnerAvis(r.id(), choix.getValue(),
                    Boolean.TRUE.equals(choix.getValue()) ? null : raison.getValue());
            afficher(vue, false);
            getElement().executeJs("var s = this.querySelector('#avis-donne, #mediateur'); if (s) s.scrollIntoView()");
        });
        var formulaireAvis = new Div(choix, raison, formulaire.erreurs(), envoyer);
        formulaireAvis.addClassName("pc-formulaire");
        return formulaireAvis;
    }

    @Override
    public String getPageTitle() {
        return titre + " – " + getTranslation("portail.nom");
    }
}
