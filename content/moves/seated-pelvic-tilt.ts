import { defineMove, t } from '../define';
import { flat, floor, hand, poses, seat } from '../figure/notation';

export default defineMove({
  perSide: false,
  timer: { kind: 'reps', count: 10, secondsPerRep: 4 },
  steps: [
    t(
      'Sit well back on your chair, soles on the floor; a rolling chair is fine for this one.',
      'Siéntate bien atrás en la silla, con las plantas de los pies en el suelo; aquí vale una silla con ruedas.',
    ),
    t('Rest your hands on your thighs.', 'Apoya las manos en los muslos.'),
    t(
      'Roll your pelvis back so your lower back rounds a little.',
      'Lleva la pelvis hacia atrás para que la zona lumbar se redondee un poco.',
    ),
    t(
      'Then roll it forward until you sit tall on your sit bones.',
      'Después llévala hacia delante hasta apoyarte bien en los isquiones, con la espalda larga.',
    ),
    t(
      'Rock slowly between the two, 10 times, and finish in the middle.',
      'Balancéate despacio entre las dos posiciones 10 veces y termina en el punto medio.',
    ),
  ],
  cue: t(
    'Breathe out as you round, in as you sit tall.',
    'Suelta el aire al redondear y tómalo al estirar la espalda.',
  ),
  cautions: [
    t(
      'Keep the range small and smooth; force neither end.',
      'Haz un recorrido pequeño y fluido; no fuerces ninguno de los extremos.',
    ),
    t(
      'Stay back on the seat: the front edge of a rolling chair is not safe.',
      'Quédate al fondo del asiento: el borde de una silla con ruedas no es seguro.',
    ),
  ],
  easier: t(
    'Make the rocking tiny and rest against the backrest between repetitions.',
    'Haz un balanceo mínimo y apóyate en el respaldo entre repeticiones.',
  ),
  harder: t(
    'Squeeze your glutes as you roll back and pause for one breath at each end.',
    'Aprieta los glúteos al llevar la pelvis atrás y haz una pausa de una respiración en cada extremo.',
  ),
  alt: t(
    'A person sits on a chair with hands on thighs and rocks the pelvis back and forward, as a two-way arrow shows.',
    'Una persona sentada con las manos en los muslos balancea la pelvis hacia atrás y hacia delante, como indica una flecha doble.',
  ),
  figure: {
    view: 'side',
    props: [{ kind: 'chair', x: 50, back: 'left' }],
    seconds: 4,
    showPelvis: true,
    highlight: { bones: [], glow: { at: 'pelvis', dx: 0, dy: -4, r: 15 } },
    arrows: [{ kind: 'turn', at: 'pelvis', r: 15, from: -40, to: -140, both: true }],
    frames: poses(
      { pelvis: seat(79), legA: flat(floor(122)), legB: flat(floor(126)) },
      { torso: 176, tilt: 10, armA: hand([110, 140]), armB: hand([108, 139]) },
      { torso: 190, tilt: -16, armA: hand([108, 140]), armB: hand([106, 139]) },
    ),
  },
});
