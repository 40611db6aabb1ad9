package fr.portailcep.aiguillage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AiguillageRepository extends JpaRepository<Aiguillage, UUID> {

    List<Aiguillage> findByDateInteractionBetweenOrderByRealiseLeDesc(LocalDate du, LocalDate au);
}
