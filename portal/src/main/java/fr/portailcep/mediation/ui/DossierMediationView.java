package fr.portailcep.mediation.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.mediation.MediationService;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.parcours.LigneHistorique;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;

/**
 * The dossier of a referral, read-only, for the médiateur while the access is open: the same public reads as the
 * team's ({@link DossiersEquipe}), which the access policy lets through only then and journals one by one. No
 * button: nothing can be done to the dossier from here.
 */
@Route(value = SaisinesView.ROUTE + "/:id([0-9a-fA-F-]+)/dossier", layout = EspaceProLayout.class)
@RolesAllowed("MEDIATEUR")
public class DossierMediationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MediationService mediation;
    private final DossiersEquipe dossiers;
    private final Clock horloge;

    public DossierMediationView(MediationService mediation, DossiersEquipe dossiers, Clock horloge) {
        this.mediation = mediation;
        this.dossiers = dossiers;
        this.horloge = horloge;
        addClassNames("pc-page", "pc-mediation-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        removeAll();
        var id = Affichage.identifiant(evenement);
        var saisine = mediation.saisine(id);
        var personne = saisine.beneficiaireId();
        // Each read below goes through the access policy: refused (page not found) unless the access is open.
        var fiche = dossiers.fiche(personne);
        var dossier = dossiers.dossierDe(personne);
        var historique = dossiers.historique(personne);
        var frise = dossiers.frise(personne);

        var zone = horloge.getZone();
        var f = Formats.francais();
        var retour = new Anchor("/" + SaisinesView.ROUTE + "/" + id, getTranslation("mediation.dossier.retour"));
        retour.addClassName("pc-lien");
        var avertissement = new Paragraph(getTranslation("mediation.dossier.lecture-seule", saisine.numero(),
                f.dateLongueHeure(saisine.accesJusquAu(), zone)));
        avertissement.addClassName("pc-mediation-avertissement");
        avertissement.setId("lecture-seule");

        var identite = new Section(new H2(getTranslation("mediation.dossier.personne")),
                Affichage.ligne(getTranslation("mediation.dossier.nom"), fiche.nomAffiche()),
                Affichage.ligne(getTranslation("mediation.dossier.courriel"), fiche.email()),
                Affichage.ligne(getTranslation("mediation.dossier.telephone"),
                        fiche.telephone().orElse(getTranslation("mediation.dossier.non-renseigne"))));
        identite.addClassName("pc-carte");
        identite.setId("identite");

        var unites = new Section(new H2(getTranslation("mediation.dossier.unites")));
        unites.addClassName("pc-carte");
        unites.setId("unites");
        if (dossier.isEmpty() || dossier.get().unites().isEmpty()) {
            unites.add(new Paragraph(getTranslation("mediation.dossier.unites.aucune")));
        } else {
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-simple");
            for (var u : dossier.get().unites()) {
                liste.add(new ListItem(getTranslation(u.enCours() ? "mediation.dossier.unite.en-cours"
                        : "mediation.dossier.unite.close", u.uo().libelle(), u.numero().affiche(),
                        f.dateLongue(u.engageeLe()), u.closeLe().map(f::dateLongue).orElse(""))));
            }
            unites.add(liste);
        }
        var etapes = new Section(new H2(getTranslation("mediation.dossier.frise")));
        etapes.addClassName("pc-carte");
        etapes.setId("frise");
        var listeEtapes = new OrderedList();
        listeEtapes.addClassName("pc-liste-simple");
        frise.forEach(e -> listeEtapes.add(new ListItem(f.dateLongue(e.date()) + " – "
                + texte(e.titre()))));
        etapes.add(frise.isEmpty() ? new Paragraph(getTranslation("mediation.dossier.frise.vide")) : listeEtapes);

        var journal = new Section(new H2(getTranslation("mediation.dossier.historique")));
        journal.addClassName("pc-carte");
        journal.setId("historique");
        var listeHistorique = new OrderedList();
        listeHistorique.addClassName("pc-liste-simple");
        historique.forEach(e -> listeHistorique.add(evenement(e)));
        journal.add(historique.isEmpty() ? new Paragraph(getTranslation("mediation.dossier.historique.vide"))
                : listeHistorique);
        add(retour, new H1(getTranslation("mediation.dossier.titre", fiche.nomAffiche())), avertissement, identite,
                unites, etapes, journal);
    }

    /** A text of the parcours, its arguments that are texts themselves translated too. */
    private String texte(fr.portailcep.parcours.Libelle libelle) {
        return getTranslation(libelle.cle(), libelle.arguments().stream()
                .map(a -> a instanceof fr.portailcep.parcours.Libelle l ? texte(l) : a).toArray());
    }

    /** One line of the history, in the words of the dossier's own page (parcours texts). */
    private ListItem evenement(LigneHistorique e) {
        var quand = new Span(Formats.francais().dateHeure(e.horodatage(), horloge.getZone()) + " – ");
        var quoi = new Span(getTranslation("evenement." + e.type().name(), e.uo().map(u -> u.libelle()).orElse(""),
                e.numero().map(n -> n.affiche()).orElse(""),
                e.motifCloture().map(m -> getTranslation("motif." + m.name())).orElse(""), e.cible()));
        var item = new ListItem(quand, quoi);
        e.auteur().ifPresent(a -> item.add(new Span(" (" + a + ")")));
        e.texte().ifPresent(t -> item.add(Affichage.texte(t)));
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mediation.dossier.onglet") + " – " + getTranslation("portail.nom");
    }
}
