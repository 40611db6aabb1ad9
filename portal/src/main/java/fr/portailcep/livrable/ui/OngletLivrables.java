package fr.portailcep.livrable.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import fr.portailcep.livrable.ActeLivrable;
import fr.portailcep.livrable.EtatLivrable;
import fr.portailcep.livrable.LivrablesService;
import fr.portailcep.livrable.TypeLivrable;
import fr.portailcep.livrable.VueLivrable;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Formulaire;

/**
 * The dossier's tab "Livrables", for the conseiller: each livrable with its state, version, signers, comments and
 * versions; a button to draft each document the unit in progress has; the editor; submit, sign, paper. Every button
 * is an act the livrable allows now ({@link VueLivrable#actesPossibles}): the view has no rule of its own.
 */
class OngletLivrables extends Div {

    private final UUID beneficiaireId;
    private final LivrablesService livrables;
    private final ZoneId zone;
    /** The livrable whose editor is open, if any (kept across a refresh). */
    private UUID enEdition;

    OngletLivrables(UUID beneficiaireId, LivrablesService livrables, Clock horloge) {
        this.beneficiaireId = beneficiaireId;
        this.livrables = livrables;
        this.zone = horloge.getZone();
        addClassNames("pc-onglet", "pc-livrables");
        setId("livrables");
        afficher();
    }

    private void afficher() {
        removeAll();
        var liste = livrables.duDossier(beneficiaireId);
        var redigeables = livrables.redigeables(beneficiaireId);
        var entete = new Section(new H2(getTranslation("livrable.onglet.titre")));
        entete.addClassName("pc-carte");
        if (liste.isEmpty()) {
            entete.add(new Paragraph(getTranslation("livrable.onglet.aucun")));
        }
        if (redigeables.isEmpty() && liste.isEmpty()) {
            entete.add(new Paragraph(getTranslation("livrable.onglet.aucun.redigeable")));
        }
        var formulaire = Formulaire.libre();
        var boutons = new Div();
        boutons.addClassName("pc-actions");
        for (var type : TypeLivrable.values()) {
            if (!redigeables.contains(type)) {
                continue;
            }
            var rediger = new Button(getTranslation("livrable.rediger." + type.name()));
            rediger.setId("rediger-" + type.name());
            rediger.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            formulaire.soumettre(rediger, x -> {
                enEdition = livrables.rediger(beneficiaireId, type).id();
                afficher();
            });
            boutons.add(rediger);
        }
        entete.add(formulaire.erreurs(), boutons);
        add(entete);
        liste.forEach(l -> add(carte(l)));
    }

    private Section carte(VueLivrable livrable) {
        var carte = new Section();
        carte.addClassNames("pc-carte", "pc-livrable");
        carte.setId("livrable-" + livrable.type().name());
        var titre = new H3(Livrables.type(this, livrable) + " ");
        titre.add(Livrables.etat(this, livrable.etat()));
        var version = new Paragraph(Livrables.version(this, livrable));
        version.addClassName("pc-livrable-version");
        carte.add(titre, version);
        livrable.soumisLe().ifPresent(le -> carte.add(new Paragraph(getTranslation("livrable.version.soumise",
                livrable.version(), Formats.francais().dateHeure(le, zone)))));
        livrable.signeLe().ifPresent(le -> carte.add(new Paragraph(getTranslation("documents.signe.le",
                Formats.francais().dateHeure(le, zone)))));
        if (!livrable.signataires().isEmpty()) {
            carte.add(Livrables.signataires(this, livrable, zone));
        }

        if (livrable.id().equals(enEdition) && livrable.peut(ActeLivrable.MODIFIER)) {
            carte.add(new EditeurLivrable(livrable, livrables, apres -> {
                enEdition = null;
                Notification.show(getTranslation("livrable.enregistre", apres.version()), 4000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afficher();
            }, () -> {
                enEdition = null;
                afficher();
            }));
        } else {
            carte.add(actes(livrable));
        }

        var document = new Details(getTranslation("documents.document"));
        document.addClassName("pc-details");
        document.setId("apercu-" + livrable.id());
        document.addOpenedChangeListener(e -> {
            if (e.isOpened() && document.getContent().findAny().isEmpty()) {
                document.add(new DocumentLu(livrables.page(livrable.id())));
            }
        });
        carte.add(document);

        var commentaires = new Div(new H4(getTranslation("livrable.commentaires")),
                Livrables.commentaires(this, livrable, zone));
        commentaires.setId("commentaires-" + livrable.type().name());
        if (livrable.peut(ActeLivrable.COMMENTER)) {
            commentaires.add(new FormulaireCommentaire(livrable, livrables, x -> afficher()));
        }
        carte.add(commentaires);

        var versions = new UnorderedList();
        versions.addClassName("pc-liste-simple");
        for (var v : livrable.versions()) {
            var texte = v.soumiseLe().map(le -> getTranslation("livrable.version.soumise", v.numero(),
                    Formats.francais().dateHeure(le, zone)))
                    .orElse(getTranslation("livrable.version.creee", v.numero(),
                            Formats.francais().dateHeure(v.creeeLe(), zone)));
            var item = new ListItem(texte + v.empreinte().map(e -> " – " + Livrables.empreinteCourte(e)).orElse(""));
            if (v.annulee()) {
                item.add(new Paragraph(getTranslation("livrable.version.annulee")));
            }
            versions.add(item);
        }
        var historique = new Details(getTranslation("livrable.versions", livrable.versions().size()), versions);
        historique.addClassName("pc-details");
        historique.setId("versions-" + livrable.type().name());
        carte.add(historique);
        return carte;
    }

    /** The buttons of the acts the livrable allows the conseiller now. */
    private Div actes(VueLivrable livrable) {
        var zoneActes = new Div();
        var formulaire = Formulaire.libre();
        var boutons = new Div();
        boutons.addClassName("pc-actions");
        if (livrable.peut(ActeLivrable.MODIFIER)) {
            var modifier = new Button(getTranslation("livrable.modifier"));
            modifier.setId("modifier-livrable");
            modifier.addClickListener(e -> {
                if (livrable.etat() == EtatLivrable.EN_SIGNATURE) {
                    confirmerNouvelleVersion(livrable);
                } else {
                    enEdition = livrable.id();
                    afficher();
                }
            });
            boutons.add(modifier);
        }
        if (livrable.peut(ActeLivrable.SOUMETTRE)) {
            var soumettre = new Button(getTranslation("livrable.soumettre"));
            soumettre.setId("soumettre-livrable");
            soumettre.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            formulaire.soumettre(soumettre, x -> {
                livrables.soumettre(livrable.id());
                Notification.show(getTranslation("livrable.soumettre.ok"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afficher();
            });
            boutons.add(soumettre);
        }
        if (livrable.peut(ActeLivrable.SIGNER)) {
            boutons.add(lien("/espace-pro/signer/" + livrable.id(), "livrable.signer", "signer-livrable", true));
        }
        if (livrable.peut(ActeLivrable.IMPRIMER) || livrable.peut(ActeLivrable.DEPOSER_SCAN)) {
            boutons.add(lien("/espace-pro/papier/" + livrable.id(), "livrable.papier", "papier-livrable", false));
        }
        var pdf = Livrables.pdf(this, livrables, livrable);
        pdf.setId("pdf-livrable");
        boutons.add(pdf);
        zoneActes.add(formulaire.erreurs(), boutons);
        return zoneActes;
    }

    private Anchor lien(String chemin, String cle, String id, boolean principal) {
        var lien = new Anchor(chemin, getTranslation(cle));
        lien.setId(id);
        lien.addClassNames("pc-bouton-lien", principal ? "pc-bouton-principal" : "pc-bouton-secondaire");
        return lien;
    }

    /** After submission a change makes a new version and cancels the pending signatures: said before editing. */
    private void confirmerNouvelleVersion(VueLivrable livrable) {
        var dialogue = new ConfirmDialog();
        dialogue.setId("confirmer-nouvelle-version");
        dialogue.setHeader(getTranslation("livrable.modifier.titre"));
        dialogue.setText(getTranslation("livrable.modifier.texte", livrable.version()));
        dialogue.setCancelable(true);
        dialogue.setCancelText(getTranslation("commun.annuler"));
        dialogue.setConfirmText(getTranslation("livrable.modifier.confirmer"));
        dialogue.setConfirmButtonTheme("error primary");
        dialogue.addConfirmListener(e -> {
            enEdition = livrable.id();
            afficher();
        });
        dialogue.open();
    }
}
