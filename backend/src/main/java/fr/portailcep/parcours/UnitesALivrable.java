package fr.portailcep.parcours;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Systeme;

/**
 * What the documents of a unit need to know of the dossier (DD011 §3: read here, never by a dependency of the
 * parcours on them): the unit in progress, whose document may be drafted. The caller has checked the access.
 */
@Component
public class UnitesALivrable {

    /** The unit in progress of a person: its id (the document hangs on it), its kind, its number and its day. */
    public record UniteEnCours(UUID id, UniteOeuvre uo, NumeroDossier numero, LocalDate engageeLe,
            UUID conseillerId) {
    }

    private final DossierRepository dossiers;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    UnitesALivrable(DossierRepository dossiers, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.jdbc = jdbc;
    }

    /**
     * The person whose dossier has a unit of this number (the médiateur records a referral received by post by its
     * dossier number). The caller has checked who asks.
     */
    @Systeme
    @Transactional(readOnly = true)
    public Optional<UUID> personneDuNumero(NumeroDossier numero) {
        return jdbc.sql("""
                select d.beneficiaire_id from dossier d join unite_oeuvre_engagee u on u.dossier_id = d.id
                where u.numero = :numero
                """).param("numero", numero.valeur()).query(UUID.class).optional();
    }

    @Systeme
    @Transactional(readOnly = true)
    public Optional<UniteEnCours> uniteEnCours(UUID beneficiaireId) {
        return dossiers.findByBeneficiaireId(beneficiaireId).flatMap(Dossier::uniteEnCours)
                .map(u -> new UniteEnCours(u.id(), u.uo(), u.numero(), u.engageeLe(), u.conseillerId()));
    }

    /** The dossier's number as shown to the person: that of the unit in progress, or else of the last one. */
    @Systeme
    @Transactional(readOnly = true)
    public Optional<NumeroDossier> numero(UUID beneficiaireId) {
        return dossiers.findByBeneficiaireId(beneficiaireId).flatMap(Dossier::uniteCourante)
                .map(UniteOeuvreEngagee::numero);
    }
}
