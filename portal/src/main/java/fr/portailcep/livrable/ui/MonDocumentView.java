package fr.portailcep.livrable.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.livrable.ActeLivrable;
import fr.portailcep.livrable.EtatLivrable;
import fr.portailcep.livrable.LivrablesService;
import fr.portailcep.livrable.VueLivrable;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * One document, read on a phone: the page rendered from the same template as the PDF, its version and short hash,
 * a call to "Lire et signer" when the person's signature is awaited, the comment thread and a comment form while
 * the livrable allows comments.
 */
@Route(value = "mes-documents/:id", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MonDocumentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LivrablesService livrables;
    private final ZoneId zone;
    private String titre = "";

    public MonDocumentView(LivrablesService livrables, Clock horloge) {
        this.livrables = livrables;
        this.zone = horloge.getZone();
        addClassNames("pc-page", "pc-mon-document");
    }

    /** The person is asked to sign, refuse or ask for paper: the livrable says so by the acts it allows. */
    static boolean attendMaSignature(VueLivrable livrable) {
        return livrable.peut(ActeLivrable.SIGNER) || livrable.peut(ActeLivrable.REFUSER)
                || livrable.peut(ActeLivrable.DEMANDER_PAPIER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        Optional<UUID> id;
        try {
            id = evenement.getRouteParameters().get("id").map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            id = Optional.empty();
        }
        if (id.isEmpty()) {
            evenement.rerouteToError(NotFoundException.class);
            return;
        }
        // A livrable this person may not see is "not found" (shared.Introuvable, shown by DonneeIntrouvableView).
        afficher(livrables.parId(id.get()));
    }

    private void afficher(VueLivrable livrable) {
        removeAll();
        titre = Livrables.type(this, livrable);
        var retour = new Anchor("/mes-documents", getTranslation("documents.retour"));
        retour.addClassName("pc-lien");
        retour.setId("retour-documents");
        var h1 = new H1(titre);
        add(retour, h1);

        var etat = new Section();
        etat.addClassNames("pc-carte", "pc-document-etat");
        etat.setId("etat-document");
        var version = new Paragraph(getTranslation("livrable.version", livrable.version()) + " ");
        version.setId("version-document");
        version.add(Livrables.etat(this, livrable.etat()));
        etat.add(version);
        livrable.empreinte().ifPresent(e -> {
            var empreinte = new Paragraph(getTranslation("documents.empreinte", Livrables.empreinteCourte(e)));
            empreinte.addClassName("pc-objet-details");
            empreinte.setId("empreinte-document");
            etat.add(empreinte);
        });
        if (livrable.etat() == EtatLivrable.BROUILLON) {
            etat.add(new Paragraph(getTranslation("documents.brouillon")));
        }
        if (!livrable.signataires().isEmpty()) {
            etat.add(Livrables.signataires(this, livrable, zone));
        }
        if (attendMaSignature(livrable)) {
            etat.addClassName("pc-document-a-signer");
            etat.add(new Paragraph(getTranslation("documents.signer.texte")));
            var signer = new Anchor("/signer/" + livrable.id(), getTranslation("documents.lire.et.signer"));
            signer.setId("lire-et-signer");
            signer.addClassNames("pc-bouton-lien", "pc-bouton-principal", "pc-bouton-large");
            etat.add(signer);
        }
        var actions = new Div(Livrables.pdf(this, livrables, livrable));
        actions.addClassName("pc-actions");
        etat.add(actions);
        add(etat);

        var document = new Article(new DocumentLu(livrables.page(livrable.id())));
        document.setId("document");
        document.addClassName("pc-document-cadre");
        document.getElement().setAttribute("aria-label", getTranslation("documents.document"));
        add(document);

        var commentaires = new Section(new H2(getTranslation("livrable.commentaires")),
                Livrables.commentaires(this, livrable, zone));
        commentaires.addClassName("pc-carte");
        commentaires.setId("commentaires");
        if (livrable.peut(ActeLivrable.COMMENTER)) {
            commentaires.add(new FormulaireCommentaire(livrable, livrables, this::afficher));
        }
        add(commentaires);
    }

    @Override
    public String getPageTitle() {
        return titre + " – " + getTranslation("documents.titre") + " – " + getTranslation("portail.nom");
    }
}
