import { defineMove, t } from '../define';
import { desk, flat, floor, hand, poses, toe } from '../figure/notation';

export default defineMove({
  perSide: true,
  timer: { kind: 'reps', count: 10, secondsPerRep: 3 },
  steps: [
    t(
      'Face your desk with both hands on its edge, feet hip-width apart.',
      'Ponte de cara al escritorio con las dos manos en el borde y los pies al ancho de la cadera.',
    ),
    t(
      'Shift your weight onto one leg, its knee slightly bent.',
      'Pasa el peso a una pierna, con la rodilla algo flexionada.',
    ),
    t(
      'Firm the buttock of the other leg and move that leg straight back a little.',
      'Aprieta el glúteo de la otra pierna y llévala un poco hacia atrás, estirada.',
    ),
    t(
      'Stop before your lower back arches; the leg moves, the spine stays still.',
      'Para antes de que se arquee la zona lumbar: se mueve la pierna y la columna se queda quieta.',
    ),
    t(
      'Bring the foot back down with control; do 10, then switch legs.',
      'Vuelve a bajar el pie con control; haz 10 y cambia de pierna.',
    ),
  ],
  cue: t(
    'The work is in the buttock, not the lower back; breathe out each time the leg goes back.',
    'El trabajo está en el glúteo, no en la zona lumbar; suelta el aire cada vez que la pierna va atrás.',
  ),
  cautions: [
    t(
      'The leg only travels a short way; a big swing arches the lower back.',
      'La pierna solo recorre un poco; un balanceo grande arquea la zona lumbar.',
    ),
    t(
      'Keep both hands on the desk so you stay steady on one leg.',
      'Mantén las dos manos en el escritorio para estar estable sobre una pierna.',
    ),
  ],
  easier: t(
    'Keep the toes of the moving leg on the floor and just slide it back.',
    'Deja la punta del pie de la pierna que se mueve en el suelo y deslízala hacia atrás.',
  ),
  harder: t(
    'Pause for two counts with the leg back and the buttock firm.',
    'Haz una pausa de dos segundos con la pierna atrás y el glúteo firme.',
  ),
  alt: t(
    'A person faces a desk, both hands on it, and moves one straight leg a little way back; the buttock of that leg is highlighted.',
    'Una persona de cara a un escritorio, con las dos manos apoyadas, lleva una pierna estirada un poco hacia atrás; se resalta el glúteo de esa pierna.',
  ),
  figure: {
    view: 'side',
    props: [{ kind: 'desk', x: 150, width: 90 }],
    seconds: 2.4,
    highlight: { bones: [], glow: { at: 'hipA', dx: -8, dy: 3, r: 12 } },
    // The leg straight and back past vertical, the toes brushing the floor:
    // a straight leg that far back cannot clear it, so it does not lift.
    frames: poses(
      { legB: flat(floor(128)), armA: hand(desk(156)), armB: hand(desk(157)) },
      { pelvis: [124, 114], torso: 172, legA: toe(floor(138), 90) },
      { pelvis: [125, 114], torso: 171, legA: toe(floor(109.5), 68) },
    ),
  },
});
