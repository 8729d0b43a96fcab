import type { Messages } from '../../i18n/index.js';
import type { ItemOf } from '../../api/types.js';

export type ModelItem = ItemOf<'/api/bim/models'>;

export const statusColour: Record<ModelItem['status'], string> = {
  queued: 'default',
  processing: 'processing',
  ready: 'success',
  failed: 'error',
};

type K =
  | 'title'
  | 'listTitle'
  | 'intro'
  | 'listIntro'
  | 'upload'
  | 'uploading'
  | 'uploaded'
  | 'versions'
  | 'version'
  | 'file'
  | 'schema'
  | 'size'
  | 'status'
  | 'elements'
  | 'elementsN'
  | 'uploadedBy'
  | 'uploadedAt'
  | 'queued'
  | 'processing'
  | 'ready'
  | 'failed'
  | 'noModel'
  | 'processingHint'
  | 'viewer'
  | 'colourBy'
  | 'colourNone'
  | 'colourClass'
  | 'colourMaterial'
  | 'colourDeclared'
  | 'storey'
  | 'allStoreys'
  | 'declared'
  | 'geometry'
  | 'loadingGeometry'
  | 'viewerFailed'
  | 'viewerHelp'
  | 'picked'
  | 'pickHint'
  | 'class'
  | 'name'
  | 'material'
  | 'volume'
  | 'declaredVolume'
  | 'geometryVolume'
  | 'difference'
  | 'area'
  | 'takeoff'
  | 'count'
  | 'declaredVsGeometry'
  | 'elementList'
  | 'search'
  | 'exportExcel'
  | 'source'
  | 'spatial'
  | 'carbonLink'
  | 'project'
  | 'open'
  | 'pickProject'
  | 'processedIn'
  | 'latestOnly';

export const bimMessages: Messages<K> = {
  'zh-CN': {
    title: 'BIM 模型',
    listTitle: 'BIM 模型',
    intro:
      '上传 IFC2X3 / IFC4 / IFC4X3 模型，平台在后台解析：空间结构、构件清单（按 IFC 类别，含子类）、材料与属性、工程量（模型申报或由几何计算），并生成浏览用的轻量几何。',
    listIntro: '各试点项目的 BIM 模型与处理状态。选择项目查看模型、算量与碳排放。',
    upload: '上传 IFC 模型',
    uploading: '上传中',
    uploaded: '已上传，版本 v{version}，正在后台处理',
    versions: '模型版本',
    version: '版本',
    file: '文件',
    schema: 'IFC 版本',
    size: '大小',
    status: '状态',
    elements: '构件数',
    elementsN: '{n} 个构件',
    uploadedBy: '上传人',
    uploadedAt: '上传时间',
    queued: '排队中',
    processing: '处理中',
    ready: '已完成',
    failed: '失败',
    noModel: '该项目还没有 BIM 模型',
    processingHint: '模型正在后台处理，完成后自动显示三维模型与算量结果。',
    viewer: '三维浏览',
    colourBy: '着色',
    colourNone: '原始颜色',
    colourClass: '按 IFC 类别',
    colourMaterial: '按材料',
    colourDeclared: '按是否有申报工程量',
    storey: '楼层',
    allStoreys: '全部楼层',
    declared: '申报',
    geometry: '几何',
    loadingGeometry: '正在加载几何…',
    viewerFailed: '模型加载失败',
    viewerHelp: '左键拖动旋转，右键平移，滚轮缩放；单击构件查看属性与工程量。',
    picked: '构件属性与工程量',
    pickHint: '在三维视图中单击一个构件',
    class: 'IFC 类别',
    name: '名称',
    material: '材料',
    volume: '体积',
    declaredVolume: '申报体积',
    geometryVolume: '几何体积',
    difference: '差异',
    area: '面积',
    takeoff: '分类汇总',
    count: '数量',
    declaredVsGeometry: '几何与申报体积差异',
    elementList: '构件清单',
    search: '名称 / GlobalId',
    exportExcel: '导出 Excel',
    source: '来源',
    spatial: '空间结构',
    carbonLink: '隐含碳排放',
    project: '项目',
    open: '打开',
    pickProject: '选择项目',
    processedIn: '处理耗时',
    latestOnly: '仅最新版本',
  },
  en: {
    title: 'BIM model',
    listTitle: 'BIM models',
    intro:
      'Upload IFC2X3 / IFC4 / IFC4X3 models. The platform processes them in the background: spatial structure, element inventory by IFC class (subtypes included), materials and properties, quantities (declared in the model or derived from geometry), and light geometry for viewing.',
    listIntro: 'BIM models of the pilot projects and their processing state. Pick a project to see its model, take-off and carbon.',
    upload: 'Upload IFC model',
    uploading: 'Uploading',
    uploaded: 'Uploaded as version v{version}; processing in the background',
    versions: 'Model versions',
    version: 'Version',
    file: 'File',
    schema: 'IFC schema',
    size: 'Size',
    status: 'Status',
    elements: 'Elements',
    elementsN: '{n} elements',
    uploadedBy: 'Uploaded by',
    uploadedAt: 'Uploaded at',
    queued: 'Queued',
    processing: 'Processing',
    ready: 'Ready',
    failed: 'Failed',
    noModel: 'This project has no BIM model yet',
    processingHint: 'The model is being processed; the 3D view and take-off appear when it is done.',
    viewer: '3D view',
    colourBy: 'Colour',
    colourNone: 'Original',
    colourClass: 'By IFC class',
    colourMaterial: 'By material',
    colourDeclared: 'By declared quantities',
    storey: 'Storey',
    allStoreys: 'All storeys',
    declared: 'Declared',
    geometry: 'Geometry',
    loadingGeometry: 'Loading geometry…',
    viewerFailed: 'The model could not be loaded',
    viewerHelp: 'Drag to orbit, right-drag to pan, wheel to zoom; click an element for its properties and quantities.',
    picked: 'Element properties and quantities',
    pickHint: 'Click an element in the 3D view',
    class: 'IFC class',
    name: 'Name',
    material: 'Material',
    volume: 'Volume',
    declaredVolume: 'Declared volume',
    geometryVolume: 'Geometry volume',
    difference: 'Difference',
    area: 'Area',
    takeoff: 'By class',
    count: 'Count',
    declaredVsGeometry: 'Geometry vs declared volume',
    elementList: 'Elements',
    search: 'Name / GlobalId',
    exportExcel: 'Export Excel',
    source: 'Source',
    spatial: 'Spatial structure',
    carbonLink: 'Embodied carbon',
    project: 'Project',
    open: 'Open',
    pickProject: 'Pick a project',
    processedIn: 'Processing time',
    latestOnly: 'Latest versions only',
  },
};
