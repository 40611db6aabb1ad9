package fr.portailcep.reclamation.ui;

import java.time.Clock;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.reclamation.ActeReclamation;
import fr.portailcep.reclamation.Collegue;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.reclamation.VueReclamation;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * One réclamation on the correspondant's desk: the clocks (and the acknowledgement to send in one click), the
 * dossier in one click, what the person wrote, the assignee, internal notes, the answer drafted then sent after a
 * confirmation, its PDF letter, and the history. Only the acts the réclamation allows are shown.
 */
@Route(value = "espace-pro/reclamations/:id", layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class ReclamationProView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** An internal note: the length the réclamation keeps ({@code Reclamation.LONGUEUR_NOTE}, not public). */
    static final int LONGUEUR_NOTE = 4000;
    /** The answer: the length the réclamation keeps ({@code Reclamation.LONGUEUR_REPONSE}, not public). */
    static final int LONGUEUR_REPONSE = 10_000;

    private final ReclamationsService reclamations;
    private final Clock horloge;
    private String titre = "";

    public ReclamationProView(ReclamationsService reclamations, Clock horloge) {
        this.reclamations = reclamations;
        this.horloge = horloge;
        addClassNames("pc-page", "pc-page-large", "pc-reclamation-pro");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var id = MaReclamationView.identifiant(evenement);
        if (id.isEmpty()) {
            evenement.rerouteToError(NotFoundException.class);
            return;
        }
        afficher(reclamations.parId(id.get()));
    }

    private void afficher(VueReclamation r) {
        removeAll();
        titre = getTranslation("reclamation.numero", r.numero());
        var retour = new Anchor("/" + BureauReclamationsView.CHEMIN, getTranslation("reclamation.retour.bureau"));
        retour.addClassName("pc-lien");
        var entete = new Div(Reclamations.titre(this, r.numero(), r.personne()), Reclamations.etat(this, r.etat(), false));
        entete.addClassName("pc-reclamation-entete");
        var dossier = new Anchor("/conseiller/dossiers/" + r.beneficiaireId(),
                r.numeroDossier() == null ? getTranslation("reclamation.pro.dossier")
                        : getTranslation("reclamation.pro.dossier.numero", r.numeroDossier()));
        dossier.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        dossier.setId("ouvrir-dossier");
        add(retour, entete, dossier);

        var delais = new Section(new H2(getTranslation("reclamation.pro.delais")), Reclamations.dates(this, r, horloge,
                false));
        delais.addClassName("pc-carte");
        delais.setId("delais");
        if (r.actes().contains(ActeReclamation.ACCUSER_RECEPTION)) {
            var accuser = new Button(getTranslation("reclamation.pro.accuser"), VaadinIcon.ENVELOPE_O.create());
            accuser.setId("accuser-reception");
            accuser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var formulaire = Formulaire.libre();
            formulaire.soumettre(accuser, rien -> afficher(reclamations.accuserReception(r.id())));
            delais.add(formulaire.erreurs(), accuser);
        }
        add(delais);

        var contenu = new Section(new H2(getTranslation("reclamation.pro.contenu")),
                new Paragraph(getTranslation("reclamation.pro.canal." + r.canal().name())),
                new Paragraph(getTranslation("reclamation.contenu.motif", r.motif().libelle())),
                new H3(getTranslation("reclamation.pro.faits")), Reclamations.texte(r.faits(), "texte-faits"),
                new H3(getTranslation("reclamation.pro.attentes")), Reclamations.texte(r.attentes(), "texte-attentes"));
        Reclamations.pieces(this, reclamations, r).ifPresent(contenu::add);
        contenu.addClassName("pc-carte");
        contenu.setId("contenu");
        add(contenu);

        add(reponse(r));
        if (r.avisSatisfait() != null) {
            var avis = new Section(new H2(getTranslation("reclamation.avis.titre")), new Paragraph(getTranslation(
                    r.avisSatisfait() ? "reclamation.pro.avis.oui" : "reclamation.pro.avis.non")));
            if (r.raisonAvis() != null) {
                avis.add(Reclamations.texte(r.raisonAvis(), "raison-avis"));
            }
            avis.addClassName("pc-carte");
            avis.setId("avis-personne");
            add(avis);
        }
        add(assignation(r), notes(r));
        var historique = new Section(new H2(getTranslation("reclamation.pro.historique")),
                Reclamations.historique(this, r, horloge));
        historique.addClassName("pc-carte");
        add(historique);
    }

    private Section reponse(VueReclamation r) {
        var section = new Section(new H2(getTranslation("reclamation.reponse.titre")));
        section.addClassName("pc-carte");
        section.setId("reponse");
        if (r.reponse() != null) {
            section.add(Reclamations.texte(r.reponse(), "texte-reponse"), Reclamations.lettre(this, reclamations, r));
        }
        if (!r.actes().contains(ActeReclamation.REPONDRE)) {
            if (r.reponse() == null) {
                section.add(new Paragraph(getTranslation("reclamation.pro.reponse.aucune")));
            }
            return section;
        }
        var texte = new TextArea(getTranslation("reclamation.pro.reponse"));
        texte.setId("texte-reponse-brouillon");
        texte.setHelperText(getTranslation("reclamation.pro.reponse.aide"));
        texte.setWidthFull();
        texte.setMinRows(8);
        Saisie.limiter(texte, LONGUEUR_REPONSE);
        texte.setValue(Objects.requireNonNullElse(r.brouillon(), ""));
        var formulaire = Formulaire.libre().champ("reponse", texte);
        var brouillon = new Button(getTranslation("reclamation.pro.brouillon"));
        brouillon.setId("enregistrer-brouillon");
        var etat = new Span();
        etat.setId("etat-brouillon");
        etat.getElement().setAttribute("role", "status");
        formulaire.soumettre(brouillon, rien -> {
            reclamations.enregistrerBrouillon(r.id(), texte.getValue());
            etat.setText(getTranslation("reclamation.pro.brouillon.enregistre",
                    Formats.francais().heure(horloge.instant(), horloge.getZone())));
        });
        var envoyer = new Button(getTranslation("reclamation.pro.envoyer"), VaadinIcon.PAPERPLANE.create());
        envoyer.setId("envoyer-reponse");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        envoyer.addClickListener(e -> {
            if (!formulaire.valide()) {
                return;
            }
            var dialogue = new ConfirmDialog();
            dialogue.setId("confirmer-reponse");
            dialogue.setHeader(getTranslation("reclamation.pro.confirmer.titre"));
            dialogue.setText(getTranslation("reclamation.pro.confirmer.texte", r.personne()));
            dialogue.setCancelable(true);
            dialogue.setCancelText(getTranslation("commun.annuler"));
            dialogue.setConfirmText(getTranslation("reclamation.pro.confirmer"));
            dialogue.addConfirmListener(c -> formulaire.executer(
                    () -> afficher(reclamations.envoyerReponse(r.id(), texte.getValue()))));
            dialogue.open();
        });
        var actions = new Div(brouillon, envoyer, etat);
        actions.addClassName("pc-actions");
        section.add(texte, formulaire.erreurs(), actions);
        return section;
    }

    private Section assignation(VueReclamation r) {
        var section = new Section(new H2(getTranslation("reclamation.pro.assignee")));
        section.addClassName("pc-carte");
        section.setId("assignation");
        var qui = new Paragraph(r.assigneA() == null ? getTranslation("reclamation.bureau.personne.assignee")
                : getTranslation("reclamation.pro.assignee.a", r.assigneA()));
        qui.setId("assignee-a");
        section.add(qui);
        if (r.actes().contains(ActeReclamation.ASSIGNER)) {
            var collegue = new Select<Collegue>();
            collegue.setId("collegue");
            collegue.setLabel(getTranslation("reclamation.pro.collegue"));
            collegue.setItems(reclamations.collegues(r.id()));
            collegue.setItemLabelGenerator(Collegue::nom);
            var formulaire = Formulaire.libre().obligatoire("compteId", collegue, "reclamation.pro.collegue.vide");
            var assigner = new Button(getTranslation("reclamation.pro.assigner"));
            assigner.setId("assigner");
            formulaire.soumettre(assigner, rien -> afficher(reclamations.assigner(r.id(),
                    collegue.getValue().compteId())));
            var ligne = new Div(collegue, assigner);
            ligne.addClassName("pc-actions");
            section.add(ligne, formulaire.erreurs());
        }
        return section;
    }

    private Section notes(VueReclamation r) {
        var section = new Section(new H2(getTranslation("reclamation.pro.notes")),
                new Paragraph(getTranslation("reclamation.pro.notes.intro")));
        section.addClassName("pc-carte");
        section.setId("notes");
        for (var note : r.notes()) {
            var quand = new Paragraph(getTranslation("reclamation.pro.note.par", note.auteur(),
                    Formats.francais().dateAbregeeHeure(note.le(), horloge.getZone())));
            quand.addClassName("pc-objet-details");
            var bloc = new Div(quand, Reclamations.texte(note.texte(), null));
            bloc.addClassName("pc-note-interne");
            section.add(bloc);
        }
        if (r.actes().contains(ActeReclamation.NOTER)) {
            var note = new TextArea(getTranslation("reclamation.pro.note"));
            note.setId("note");
            note.setWidthFull();
            Saisie.limiter(note, LONGUEUR_NOTE);
            var formulaire = Formulaire.libre().obligatoire("note", note, "reclamation.pro.note.vide");
            var ajouter = new Button(getTranslation("reclamation.pro.noter"));
            ajouter.setId("ajouter-note");
            formulaire.soumettre(ajouter, rien -> afficher(reclamations.noter(r.id(), note.getValue())));
            section.add(note, formulaire.erreurs(), ajouter);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return titre + " – " + getTranslation("portail.nom");
    }
}
