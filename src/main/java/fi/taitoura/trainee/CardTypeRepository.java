package fi.taitoura.trainee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CardTypeRepository extends JpaRepository<CardType, Long> {

    List<CardType> findAllByOrderByNameAsc();
}
