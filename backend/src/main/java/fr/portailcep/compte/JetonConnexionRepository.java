package fr.portailcep.compte;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface JetonConnexionRepository extends JpaRepository<JetonConnexion, UUID> {

    /** Serialises concurrent tries on the same code: two guesses cannot both count as the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from JetonConnexion j where j.id = :id")
    Optional<JetonConnexion> verrouiller(UUID id);

    @Modifying
    @Query("delete from JetonConnexion j where j.expireLe < :avant")
    int purger(Instant avant);
}
