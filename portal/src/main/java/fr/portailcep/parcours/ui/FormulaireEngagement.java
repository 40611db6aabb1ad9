package fr.portailcep.parcours.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;

import fr.portailcep.parcours.ChampEngagement;
import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.EngagementsPossibles;
import fr.portailcep.parcours.MembreEquipe;
import fr.portailcep.parcours.VueDossier;
import fr.portailcep.parcours.Referentiel;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.parcours.UniteOeuvreEngagee;
import fr.portailcep.parcours.ValeurReference;
import fr.portailcep.shared.ui.Dates;
import fr.portailcep.shared.ui.Formulaire;

/**
 * The form to engage a unit of work. It renders the dossier's answer ({@link EngagementsPossibles}): only the units
 * the rules allow now, the one that comes next chosen, the fields each unit asks for (the agreement, the facts of
 * rule 3, the référent), the days an engagement date may take. The rules themselves are checked again by the
 * server, whose refusals are shown in the form.
 */
class FormulaireEngagement extends Section {

    /**
     * @param engager records the engagement (the service call) and says what was engaged
     */
    FormulaireEngagement(EngagementsPossibles possibles, Optional<VueDossier.Unite> derniere, List<MembreEquipe> equipe,
            Optional<UUID> moi, Referentiels referentiels, LocalDate aujourdhui,
            java.util.function.Function<Engagement, UniteOeuvreEngagee> engager, Consumer<UniteOeuvreEngagee> engagee) {
        add(new H2(getTranslation("dossier.engager.titre")), new Paragraph(getTranslation("dossier.engager.texte")));
        addClassName("pc-carte");
        setId("engagement");
        if (possibles.unites().isEmpty()) {
            var aucune = new Paragraph(possibles.aucune().map(r -> getTranslation(r.cleMessage()))
                    .orElse(getTranslation("dossier.engager.aucune")));
            aucune.setId("aucun-engagement");
            aucune.addClassName("pc-avis");
            add(aucune);
            return;
        }
        var uo = new Select<UniteOeuvre>();
        uo.setLabel(getTranslation("dossier.engager.uo"));
        uo.setItems(possibles.unites().stream().map(EngagementsPossibles.UnitePossible::uo).toList());
        uo.setItemLabelGenerator(u -> u.libelle() + " – " + getTranslation("uo.nom." + u.name()));
        uo.setId("uo");
        possibles.suggeree().ifPresent(uo::setValue);
        var date = Dates.selecteur(getTranslation("dossier.engager.date"));
        date.setId("date-engagement");
        date.setValue(aujourdhui);
        Elements.bornes(date, possibles.dates(), "parcours.refus.DATE_ANTERIEURE", "parcours.refus.DATE_FUTURE");

        var accord = new Checkbox(getTranslation("dossier.engager.accord"));
        accord.setId("accord");
        var eligibilite = new Div(new H3(getTranslation("dossier.engager.eligibilite")),
                new Paragraph(getTranslation("dossier.engager.eligibilite.texte")));
        eligibilite.addClassName("pc-eligibilite");
        var actifOccupe = new Checkbox(getTranslation("dossier.engager.actifoccupe"));
        actifOccupe.setId("actif-occupe");
        var secteurPrive = new Checkbox(getTranslation("dossier.engager.secteurprive"));
        secteurPrive.setId("secteur-prive");
        var sansAutre = new Checkbox(getTranslation("dossier.engager.sansautre"));
        sansAutre.setId("sans-autre-operateur");
        eligibilite.add(actifOccupe, secteurPrive, sansAutre);

        var origine = selectReference(referentiels, Referentiel.ORIGINE_DEMARCHE, "dossier.engager.origine", "origine");
        var motif = selectReference(referentiels, Referentiel.MOTIF_SOLLICITATION, "dossier.engager.motif", "motif");
        var detaille = selectReference(referentiels, Referentiel.MOTIF_DETAILLE, "dossier.engager.detaille",
                "motif-detaille");
        derniere.ifPresent(u -> {
            referentiels.valeur(Referentiel.ORIGINE_DEMARCHE, u.origine()).ifPresent(origine::setValue);
            referentiels.valeur(Referentiel.MOTIF_SOLLICITATION, u.motif()).ifPresent(motif::setValue);
            referentiels.valeur(Referentiel.MOTIF_DETAILLE, u.motifDetaille()).ifPresent(detaille::setValue);
        });
        var referent = new Select<MembreEquipe>();
        referent.setLabel(getTranslation("dossier.engager.referent"));
        referent.setItems(equipe);
        referent.setItemLabelGenerator(MembreEquipe::nomAffiche);
        referent.setId("referent-engagement");
        referent.setHelperText(getTranslation("dossier.engager.referent.aide"));
        moi.flatMap(id -> equipe.stream().filter(c -> c.id().equals(id)).findFirst()).ifPresent(referent::setValue);

        Runnable champs = () -> {
            var unite = Optional.ofNullable(uo.getValue()).flatMap(possibles::de);
            eligibilite.setVisible(unite.map(u -> u.demande(ChampEngagement.ELIGIBILITE)).orElse(false));
            referent.setVisible(unite.map(u -> u.demande(ChampEngagement.REFERENT)).orElse(false));
            accord.setVisible(unite.map(u -> u.demande(ChampEngagement.ACCORD)).orElse(false));
        };
        uo.addValueChangeListener(e -> champs.run());
        champs.run();

        var formulaire = Formulaire.libre()
                .obligatoire("uo", uo, "dossier.engager.uo.vide")
                .obligatoire("date", date, "dossier.engager.date.vide")
                .champ("accordBeneficiaire", accord)
                .champ("origine", origine)
                .champ("motif", motif)
                .champ("motifDetaille", detaille)
                .champ("referentId", referent);
        formulaire.erreurs().setId("erreur-engagement");
        var bouton = new Button(getTranslation("dossier.engager.bouton"));
        bouton.setId("engager");
        bouton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        formulaire.soumettre(bouton, x -> {
            // A field the unit does not ask for is not sent (hidden, it may still hold a value).
            var eligible = eligibilite.isVisible()
                    ? new Eligibilite(actifOccupe.getValue(), secteurPrive.getValue(), sansAutre.getValue())
                    : Eligibilite.NON_CONFIRMEE;
            var unite = engager.apply(new Engagement(uo.getValue(), date.getValue(),
                    !accord.isVisible() || accord.getValue(), eligible, code(origine), code(motif), code(detaille),
                    referent.isVisible() && referent.getValue() != null ? referent.getValue().id() : null));
            engagee.accept(unite);
        });
        var ligne1 = new Div(uo, date);
        ligne1.addClassName("pc-formulaire-ligne");
        var ligne2 = new Div(origine, motif, detaille);
        ligne2.addClassName("pc-formulaire-ligne");
        var zone = new Div(ligne1, accord, eligibilite, ligne2, referent, formulaire.erreurs(), bouton);
        zone.addClassName("pc-formulaire");
        add(zone);
    }

    private Select<ValeurReference> selectReference(Referentiels referentiels, Referentiel referentiel, String cle,
            String id) {
        var select = new Select<ValeurReference>();
        select.setLabel(getTranslation(cle));
        select.setItems(referentiels.valeurs(referentiel));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("dossier.nonrenseigne") : v.libelle());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("dossier.nonrenseigne"));
        select.setId(id);
        return select;
    }

    private static String code(Select<ValeurReference> select) {
        return select.getValue() == null ? null : select.getValue().code();
    }
}
