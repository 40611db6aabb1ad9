package fr.portailcep.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * What the médiateur de France compétences is and does, in plain words (CCTP §3.7): a third party, independent,
 * neutral and impartial; a réclamation to the operator comes first (acknowledged within 7 days, answered within 45
 * days); then how to refer a dispute to them: from the person's space in one step, by post, or through France
 * compétences' own form. Public. A signed-in bénéficiaire is sent to their réclamations ({@value #RECLAMATIONS}),
 * anyone else to the public form ({@value #RECLAMATION_PUBLIQUE}).
 */
@Route(value = MediateurView.CHEMIN, layout = PortailLayout.class)
@AnonymousAllowed
public class MediateurView extends Div implements HasDynamicTitle {

    public static final String CHEMIN = "mediateur";

    /** The réclamations of a signed-in person (reclamation feature, route fixed for issue 11). */
    static final String RECLAMATIONS = "mes-reclamations";

    /** A réclamation from someone without an account, after confirming their address by a code. */
    static final String RECLAMATION_PUBLIQUE = "reclamation";

    static final String SITE_FRANCE_COMPETENCES = "https://www.francecompetences.fr";

    public MediateurView(AuthenticationContext authentification) {
        addClassName("pc-page");
        setId("mediateur");
        var connecte = Public.de(authentification) == Public.BENEFICIAIRE;

        add(new H1(getTranslation("mediateur.titre")),
                paragraphe("mediateur.intro"),
                new H2(getTranslation("mediateur.qui.titre")),
                paragraphe("mediateur.qui.texte"),
                paragraphe("mediateur.qui.gratuit"));

        add(new H2(getTranslation("mediateur.reclamation.titre")),
                paragraphe("mediateur.reclamation.texte"));
        var delais = liste("mediateur-delais", "mediateur.delai.accuse", "mediateur.delai.reponse");
        var reclamer = new Anchor("/" + (connecte ? RECLAMATIONS : RECLAMATION_PUBLIQUE),
                getTranslation(connecte ? "mediateur.reclamation.lien.connecte" : "mediateur.reclamation.lien"));
        reclamer.setId("mediateur-reclamation");
        reclamer.addClassNames("pc-bouton-lien", "pc-bouton-principal");
        var actions = new Paragraph(reclamer);
        actions.addClassName("pc-actions");
        add(delais, actions);

        add(new H2(getTranslation("mediateur.quand.titre")),
                liste("mediateur-quand", "mediateur.quand.insatisfait", "mediateur.quand.sans-reponse"));

        add(new H2(getTranslation("mediateur.saisir.titre")));
        var espace = new ListItem(getTranslation("mediateur.saisir.espace"));
        var courrier = new ListItem(getTranslation("mediateur.saisir.courrier"));
        var formulaire = new ListItem(getTranslation("mediateur.saisir.formulaire") + " ");
        var site = new Anchor(SITE_FRANCE_COMPETENCES, getTranslation("mediateur.saisir.formulaire.lien"));
        site.setTarget(AnchorTarget.BLANK);
        site.getElement().setAttribute("rel", "noopener");
        site.addClassName("pc-lien");
        formulaire.add(site);
        var facons = new UnorderedList(espace, courrier, formulaire);
        facons.setId("mediateur-saisir");
        facons.addClassName("pc-liste");
        add(facons);
        if (connecte) {
            var mesReclamations = new Anchor("/" + RECLAMATIONS, getTranslation("mediateur.saisir.espace.lien"));
            mesReclamations.setId("mediateur-mes-reclamations");
            mesReclamations.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
            var depuisMonEspace = new Paragraph(mesReclamations);
            depuisMonEspace.addClassName("pc-actions");
            add(depuisMonEspace);
        }

        add(new H2(getTranslation("mediateur.ensuite.titre")),
                paragraphe("mediateur.ensuite.texte"),
                paragraphe("mediateur.ensuite.dossier"));
    }

    private Paragraph paragraphe(String cle) {
        return new Paragraph(getTranslation(cle));
    }

    private UnorderedList liste(String id, String... cles) {
        var liste = new UnorderedList();
        liste.setId(id);
        liste.addClassName("pc-liste");
        for (var cle : cles) {
            liste.add(new ListItem(getTranslation(cle)));
        }
        return liste;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mediateur.titre") + " – " + getTranslation("portail.nom");
    }
}
