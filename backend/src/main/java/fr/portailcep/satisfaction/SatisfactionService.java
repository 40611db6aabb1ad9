package fr.portailcep.satisfaction;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.CompteService;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.operateur.Site;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Textes;

/**
 * The surveys in the portal: the person answers, changes and comments their own (page {@code mon-avis}); managers
 * read indicator 8.1 and the comments of their sites; a conseiller reads their own score from five answers.
 */
@Service
public class SatisfactionService {

    private final EnqueteRepository enquetes;
    private final BeneficiaireService beneficiaires;
    private final CompteService comptes;
    private final OperateurService operateurs;
    private final PolitiqueAcces politique;
    private final Textes textes;
    private final Clock horloge;

    SatisfactionService(EnqueteRepository enquetes, BeneficiaireService beneficiaires, CompteService comptes,
            OperateurService operateurs, PolitiqueAcces politique, Textes textes, Clock horloge) {
        this.enquetes = enquetes;
        this.beneficiaires = beneficiaires;
        this.comptes = comptes;
        this.operateurs = operateurs;
        this.politique = politique;
        this.textes = textes;
        this.horloge = horloge;
    }

    /** One of the signed-in person's own surveys; anyone else's is "not found". */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public VueEnquete monEnquete(UUID id) {
        return vue(mienne(id, false));
    }

    /** The person's most recent survey still open, for their home card. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public Optional<VueEnquete> monEnqueteOuverte() {
        var maintenant = horloge.instant();
        return beneficiaires.moi().flatMap(b -> enquetes.findByBeneficiaireIdOrderByCreeeLeDesc(b.id()).stream()
                .filter(e -> e.modifiable(maintenant)).findFirst()).map(this::vue);
    }

    /** Answers, changes answers or the comment of one's own survey while it is open. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional
    public VueEnquete repondre(UUID id, ReponseAvis reponse) {
        var commentaire = Saisies.ouNull(Saisies.texte("commentaire", reponse.commentaire(),
                EnqueteSatisfaction.LONGUEUR_COMMENTAIRE));
        var e = mienne(id, true);
        if (reponse.qualite() == null && reponse.utilite() == null && commentaire == null && e.sansReponse()) {
            throw ActeRefuse.surLeChamp("qualite", "satisfaction.refus.vide");
        }
        e.repondre(reponse.qualite(), reponse.utilite(), commentaire, horloge.instant());
        return vue(enquetes.saveAndFlush(e));
    }

    /** Indicator 8.1 over the manager's sites, by month of closing, unit of work and site, with the comments. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public IndicateursSatisfaction indicateurs(YearMonth du, YearMonth au) {
        if (du == null || au == null || au.isBefore(du)) {
            throw ActeRefuse.surLeChamp("au", "satisfaction.refus.periode");
        }
        var sites = new HashSet<>(politique.mesSites());
        sites.add(new UUID(0, 0)); // never empty: "in ()" is not SQL
        var liste = enquetes.desSites(sites, du.atDay(1), au.atEndOfMonth());
        var parMois = new TreeMap<YearMonth, Indicateur81.Part>();
        for (var m = du; !m.isAfter(au); m = m.plusMonths(1)) {
            parMois.put(m, Indicateur81.Part.AUCUNE);
        }
        parMois.putAll(Indicateur81.parCle(liste, e -> YearMonth.from(e.closeLe()), EnqueteSatisfaction::reponse));
        var parUo = new LinkedHashMap<UniteOeuvre, Indicateur81.Part>();
        for (var uo : UniteOeuvre.values()) {
            if (EnqueteSatisfaction.concerne(uo)) {
                parUo.put(uo, Indicateur81.Part.AUCUNE);
            }
        }
        parUo.putAll(Indicateur81.parCle(liste, EnqueteSatisfaction::uo, EnqueteSatisfaction::reponse));
        var noms = new TreeMap<String, Indicateur81.Part>(
                Indicateur81.parCle(liste, this::nomSite, EnqueteSatisfaction::reponse));
        var commentaires = liste.stream().filter(e -> e.commentaire().isPresent())
                .sorted(Comparator.comparing(EnqueteSatisfaction::closeLe).reversed())
                .map(e -> new IndicateursSatisfaction.Commentaire(e.closeLe(), e.uo(), nomSite(e), e.reponse(),
                        e.commentaire().orElseThrow()))
                .toList();
        return new IndicateursSatisfaction(parMois, parUo, noms,
                Indicateur81.part(liste.stream().map(EnqueteSatisfaction::reponse).toList()), liste.size(),
                commentaires);
    }

    /** The signed-in conseiller's own share, from five complete answers about the units they engaged. */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional(readOnly = true)
    public MesScores mesScores() {
        var moi = comptes.exigerCompteConnecte();
        var part = Indicateur81.part(enquetes.findByConseillerId(moi.id()).stream()
                .map(EnqueteSatisfaction::reponse).toList());
        return new MesScores(part.reponses(),
                part.reponses() >= MesScores.REPONSES_MINIMUM ? Optional.of(part) : Optional.empty());
    }

    private String nomSite(EnqueteSatisfaction e) {
        return Optional.ofNullable(e.siteId()).flatMap(operateurs::site).map(Site::nom)
                .orElse(textes.get("satisfaction.sans-site"));
    }

    private EnqueteSatisfaction mienne(UUID id, boolean verrouiller) {
        var moi = beneficiaires.moi().orElseThrow(Introuvable::new);
        return (verrouiller ? enquetes.verrouiller(id) : enquetes.findById(id))
                .filter(e -> e.beneficiaireId().equals(moi.id())).orElseThrow(Introuvable::new);
    }

    private VueEnquete vue(EnqueteSatisfaction e) {
        var maintenant = horloge.instant();
        return new VueEnquete(e.id(), e.uo(), e.closeLe(), e.niveau(Question.QUALITE), e.niveau(Question.UTILITE),
                e.commentaire(), e.modifiable(maintenant), e.ouverteJusquAu(), e.sansReponse());
    }
}
