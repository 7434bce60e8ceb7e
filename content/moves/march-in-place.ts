import { defineMove, t } from '../define';
import { ankle, arm, desk, flat, floor, hand, hipHighlight, poses } from '../figure/notation';
import { deskBeside } from '../shared';

export default defineMove({
  perSide: false,
  timer: { kind: 'time', seconds: 45 },
  steps: [
    t(
      'Stand beside your desk with one hand resting on it.',
      'Ponte junto al escritorio con una mano apoyada en él.',
    ),
    t(
      'Lift one knee toward hip height, then set the foot down softly.',
      'Sube una rodilla hacia la altura de la cadera y luego baja el pie con suavidad.',
    ),
    t(
      'Switch legs and keep a slow, even rhythm.',
      'Cambia de pierna y mantén un ritmo lento y regular.',
    ),
    t(
      'Stay tall: do not lean back as the knee rises.',
      'Mantén el tronco recto: no te eches hacia atrás al subir la rodilla.',
    ),
    t('Keep going until the timer ends.', 'Sigue hasta que termine el temporizador.'),
  ],
  cue: t(
    'This wakes up the muscles that lift your thigh; it does not stretch them.',
    'Así se activan los músculos que suben el muslo; no es un estiramiento.',
  ),
  cautions: [
    t(
      'Lift only as high as feels easy; hip height is not required.',
      'Sube la rodilla solo hasta donde te resulte cómodo; no hace falta llegar a la cadera.',
    ),
    t(
      'Keep your hand on the desk whenever you stand on one leg.',
      'No sueltes el escritorio mientras estés sobre una sola pierna.',
    ),
  ],
  easier: t(
    'Lift only your heels in turn, toes staying on the floor.',
    'Levanta solo los talones por turnos, sin despegar la punta del pie.',
  ),
  harder: t(
    'Pause for a second at the top of each lift, the standing buttock firm.',
    'Haz una pausa de un segundo arriba en cada elevación, con el glúteo de apoyo firme.',
  ),
  alt: t(
    'A person beside a desk, one hand on it, lifts one knee toward hip height and lowers it; the lifted thigh is highlighted.',
    'Una persona junto a un escritorio, con una mano apoyada, sube una rodilla hacia la altura de la cadera y la baja; se resalta el muslo que sube.',
  ),
  figure: {
    view: 'side',
    props: [deskBeside],
    seconds: 2.4,
    highlight: hipHighlight('A', 6, -2),
    frames: poses(
      { legB: flat(floor(114)), armB: hand(desk(95), 'back') },
      { pelvis: [118, 115], torso: 180, legA: ankle(floor(120), 90), armA: arm(-6, -2) },
      { pelvis: [118, 114], torso: 182, legA: ankle(floor(142, 30), 70), armA: arm(-9, -3) },
    ),
  },
});
