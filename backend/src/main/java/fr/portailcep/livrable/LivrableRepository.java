package fr.portailcep.livrable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LivrableRepository extends JpaRepository<Livrable, UUID> {

    List<Livrable> findByBeneficiaireIdOrderByCreeLeDesc(UUID beneficiaireId);

    Optional<Livrable> findByUniteIdAndType(UUID uniteId, TypeLivrable type);

    List<Livrable> findByUniteId(UUID uniteId);

    @Query("select l from Livrable l where l.etat = fr.portailcep.livrable.EtatLivrable.EN_SIGNATURE "
            + "and l.beneficiaireId in :personnes")
    List<Livrable> enSignaturePour(Collection<UUID> personnes);
}
