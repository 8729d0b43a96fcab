import { lazy, type ComponentType, type ReactNode } from 'react';
import {
  AuditOutlined,
  ApiOutlined,
  BankOutlined,
  CarOutlined,
  DashboardOutlined,
  ShareAltOutlined as OpenPlatformIcon,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role } from './auth.js';
import type { Messages } from './i18n/index.js';
import {
  ClusterOutlined,
  CompassOutlined,
  FileDoneOutlined,
  FormOutlined,
  ProjectOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { BlockOutlined, FireOutlined } from '@ant-design/icons';
import { RadarChartOutlined } from '@ant-design/icons';
import { AppstoreOutlined, CalculatorOutlined, PieChartOutlined } from '@ant-design/icons';
import { DeleteOutlined as WasteIcon, ScanOutlined as FacilityScanIcon } from '@ant-design/icons';
import { AuditOutlined as SupervisionIcon, FundOutlined as SupportIcon } from '@ant-design/icons';
import {
  TrophyOutlined as EvaluationRankIcon,
  ProfileOutlined as EvaluationSchemeIcon,
  CarryOutOutlined as EvaluationMineIcon,
  FileSearchOutlined as EvaluationSummaryIcon,
} from '@ant-design/icons';
import {
  LineChartOutlined as TrackingIcon,
  GlobalOutlined as TrackingRegionsIcon,
  UnorderedListOutlined as IndicatorsIcon,
} from '@ant-design/icons';
import { AimOutlined as PlanningIcon, BookOutlined as MeasuresIcon, BulbOutlined as PracticesIcon } from '@ant-design/icons';

/**
 * A page loaded on first visit: each page is its own chunk, so the sign-in, public and phone pages do not download
 * the charts, the 3D viewer or the pages of other capabilities.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
const HomePage = lazyPage(() => import('./pages/home/HomePage.js'), 'HomePage');
const OrganisationsPage = lazyPage(() => import('./pages/admin/OrganisationsPage.js'), 'OrganisationsPage');
const UsersPage = lazyPage(() => import('./pages/admin/UsersPage.js'), 'UsersPage');
const TokensPage = lazyPage(() => import('./pages/admin/TokensPage.js'), 'TokensPage');
const AuditPage = lazyPage(() => import('./pages/admin/AuditPage.js'), 'AuditPage');
const ProjectsPage = lazyPage(() => import('./pages/projects/ProjectsPage.js'), 'ProjectsPage');
const ProjectDetailPage = lazyPage(() => import('./pages/projects/ProjectDetailPage.js'), 'ProjectDetailPage');
const ProgrammePage = lazyPage(() => import('./pages/programmes/ProgrammePage.js'), 'ProgrammePage');
const ProgrammeDashboardPage = lazyPage(() => import('./pages/programmes/DashboardPage.js'), 'DashboardPage');
const ProgrammeOverviewPage = lazyPage(() => import('./pages/programmes/OverviewPage.js'), 'OverviewPage');
const ApplicationsPage = lazyPage(() => import('./pages/review/ApplicationsPage.js'), 'ApplicationsPage');
const ApplicationDetailPage = lazyPage(() => import('./pages/review/ApplicationDetailPage.js'), 'ApplicationDetailPage');
const RoundsPage = lazyPage(() => import('./pages/review/RoundsPage.js'), 'RoundsPage');
const ApplyPage = lazyPage(() => import('./pages/review/ApplyPage.js'), 'ApplyPage');
const MyReviewsPage = lazyPage(() => import('./pages/review/MyReviewsPage.js'), 'MyReviewsPage');
const PublicPilotsPage = lazyPage(() => import('./pages/public/PublicPilotsPage.js'), 'PublicPilotsPage');
const QualityProjectsPage = lazyPage(() => import('./pages/quality/QualityProjectsPage.js'), 'QualityProjectsPage');
const ProjectQualityPage = lazyPage(() => import('./pages/quality/ProjectQualityPage.js'), 'ProjectQualityPage');
const VerifyPage = lazyPage(() => import('./pages/verify/VerifyPage.js'), 'VerifyPage');
const BimModelsPage = lazyPage(() => import('./pages/bim/BimModelsPage.js'), 'BimModelsPage');
const ProjectBimPage = lazyPage(() => import('./pages/bim/ProjectBimPage.js'), 'ProjectBimPage');
const ProjectCarbonPage = lazyPage(() => import('./pages/carbon/ProjectCarbonPage.js'), 'ProjectCarbonPage');
const FactorLibraryPage = lazyPage(() => import('./pages/carbon/FactorLibraryPage.js'), 'FactorLibraryPage');
const SiteOverviewPage = lazyPage(() => import('./pages/site/SiteOverviewPage.js'), 'SiteOverviewPage');
const SitePage = lazyPage(() => import('./pages/site/SitePage.js'), 'SitePage');

const LibraryPage = lazyPage(() => import('./pages/components/LibraryPage.js'), 'LibraryPage');
const ProjectComponentsPage = lazyPage(() => import('./pages/components/ProjectComponentsPage.js'), 'ProjectComponentsPage');
const CalculatorPage = lazyPage(() => import('./pages/prefab/CalculatorPage.js'), 'CalculatorPage');
const ProjectPrefabPage = lazyPage(() => import('./pages/prefab/ProjectPrefabPage.js'), 'ProjectPrefabPage');
const PrefabProjectsPage = lazyPage(() => import('./pages/prefab/PrefabProjectsPage.js'), 'PrefabProjectsPage');
const WasteOverviewPage = lazyPage(() => import('./pages/waste/WasteOverviewPage.js'), 'WasteOverviewPage');
const ProjectWastePage = lazyPage(() => import('./pages/waste/ProjectWastePage.js'), 'ProjectWastePage');
const ManifestSlipPage = lazyPage(() => import('./pages/waste/ManifestSlipPage.js'), 'ManifestSlipPage');
const FacilityManifestPage = lazyPage(() => import('./pages/waste/FacilityPage.js'), 'FacilityManifestPage');
const FacilityPage = lazyPage(() => import('./pages/waste/FacilityPage.js'), 'FacilityPage');

const SupervisionPage = lazyPage(() => import('./pages/supervision/SupervisionPage.js'), 'SupervisionPage');
const ProjectSupervisionPage = lazyPage(() => import('./pages/supervision/ProjectSupervisionPage.js'), 'ProjectSupervisionPage');
const InspectionPage = lazyPage(() => import('./pages/supervision/InspectionPage.js'), 'InspectionPage');
const NoticePage = lazyPage(() => import('./pages/supervision/NoticePage.js'), 'NoticePage');
const SupportOverviewPage = lazyPage(() => import('./pages/support/SupportOverviewPage.js'), 'SupportOverviewPage');
const ProjectSupportPage = lazyPage(() => import('./pages/support/ProjectSupportPage.js'), 'ProjectSupportPage');

const EvaluationSchemesPage = lazyPage(() => import('./pages/evaluation/SchemesPage.js'), 'SchemesPage');
const ProjectEvaluationsPage = lazyPage(() => import('./pages/evaluation/ProjectEvaluationsPage.js'), 'ProjectEvaluationsPage');
const EvaluationPage = lazyPage(() => import('./pages/evaluation/MyEvaluationsPage.js'), 'EvaluationPage');
const MyEvaluationsPage = lazyPage(() => import('./pages/evaluation/MyEvaluationsPage.js'), 'MyEvaluationsPage');
const EvaluationRankingPage = lazyPage(() => import('./pages/evaluation/RankingPage.js'), 'RankingPage');
const EvaluationSummaryPage = lazyPage(() => import('./pages/evaluation/SummaryPage.js'), 'SummaryPage');

const TrackingDashboardPage = lazyPage(() => import('./pages/tracking/DashboardPage.js'), 'DashboardPage');
const TrackingRegionsPage = lazyPage(() => import('./pages/tracking/RegionsPage.js'), 'RegionsPage');
const IndicatorCataloguePage = lazyPage(() => import('./pages/tracking/CataloguePage.js'), 'CataloguePage');
const ProjectTrackingPage = lazyPage(() => import('./pages/tracking/ProjectTrackingPage.js'), 'ProjectTrackingPage');

const PlansPage = lazyPage(() => import('./pages/planning/PlansPage.js'), 'PlansPage');
const ProjectPlanPage = lazyPage(() => import('./pages/planning/ProjectPlanPage.js'), 'ProjectPlanPage');
const MeasuresPage = lazyPage(() => import('./pages/planning/MeasuresPage.js'), 'MeasuresPage');
const PracticesPage = lazyPage(() => import('./pages/practices/PracticesPage.js'), 'PracticesPage');
const PublicPracticesPage = lazyPage(() => import('./pages/practices/PublicPracticesPage.js'), 'PublicPracticesPage');
const InboxPage = lazyPage(() => import('./pages/notifications/InboxPage.js'), 'InboxPage');
const VehiclesPage = lazyPage(() => import('./pages/haulage/VehiclesPage.js'), 'VehiclesPage');
const OpenPlatformPage = lazyPage(() => import('./pages/openPlatform/OpenPlatformPage.js'), 'OpenPlatformPage');

/** One sidebar entry: a capability's page, who sees it, and its label in both languages. */
export type NavItem = {
  path: string;
  label: { 'zh-CN': string; en: string };
  icon: ReactNode;
  roles: Role[] | 'any';
  /** Only for the ministry and the administrator: the page compares regions, which a regional regulator may not (403). */
  nationalOnly?: true;
  group: NavGroupKey;
  element: ReactNode;
};
/** A signed-in page that is reached by links rather than the sidebar (e.g. a project's detail page). */
export type PageRoute = { path: string; element: ReactNode };
export type NavGroupKey = 'overview' | 'programme' | 'site' | 'evaluation' | 'admin';

export const navGroups: Messages<NavGroupKey> = {
  'zh-CN': { overview: '总览', programme: '试点工作', site: '现场管理', evaluation: '评价与跟踪', admin: '系统管理' },
  en: { overview: 'Overview', programme: 'Pilot programme', site: 'Site', evaluation: 'Evaluation', admin: 'Administration' },
};

// Capabilities add their pages here as they are built; nothing is listed before it works.
export const navItems: NavItem[] = [
  {
    path: '/',
    label: { 'zh-CN': '工作台', en: 'Dashboard' },
    icon: <DashboardOutlined />,
    roles: 'any',
    group: 'overview',
    element: <HomePage />,
  },
  {
    path: '/projects',
    label: { 'zh-CN': '试点项目', en: 'Pilot projects' },
    icon: <ProjectOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'programme',
    element: <ProjectsPage />,
  },
  {
    path: '/programmes/dashboard',
    label: { 'zh-CN': '监管看板', en: 'Regulator dashboard' },
    icon: <CompassOutlined />,
    roles: ['admin', 'regulator'],
    group: 'programme',
    element: <ProgrammeDashboardPage />,
  },
  {
    path: '/programmes/overview',
    label: { 'zh-CN': '三地对比', en: 'Regions compared' },
    icon: <ClusterOutlined />,
    roles: ['admin', 'regulator'],
    nationalOnly: true,
    group: 'programme',
    element: <ProgrammeOverviewPage />,
  },
  {
    path: '/programmes',
    label: { 'zh-CN': '实施方案', en: 'Programme' },
    icon: <ScheduleOutlined />,
    roles: ['admin', 'regulator'],
    group: 'programme',
    element: <ProgrammePage />,
  },
  {
    path: '/review/rounds',
    label: { 'zh-CN': '申报批次', en: 'Rounds' },
    icon: <FormOutlined />,
    roles: ['admin', 'regulator'],
    group: 'programme',
    element: <RoundsPage />,
  },
  {
    path: '/review/applications',
    label: { 'zh-CN': '申报评审', en: 'Applications' },
    icon: <FileDoneOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'programme',
    element: <ApplicationsPage />,
  },
  {
    path: '/review/apply',
    label: { 'zh-CN': '在线申报', en: 'Apply' },
    icon: <SendOutlined />,
    roles: ['enterprise'],
    group: 'programme',
    element: <ApplyPage />,
  },
  {
    path: '/review/mine',
    label: { 'zh-CN': '我的评审', en: 'My reviews' },
    icon: <SolutionOutlined />,
    roles: ['expert'],
    group: 'programme',
    element: <MyReviewsPage />,
  },
  {
    path: '/site',
    label: { 'zh-CN': '智慧工地', en: 'Smart sites' },
    icon: <RadarChartOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'site',
    element: <SiteOverviewPage />,
  },
  {
    path: '/quality',
    label: { 'zh-CN': '质量追溯', en: 'Quality traceability' },
    icon: <SafetyCertificateOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'site',
    element: <QualityProjectsPage />,
  },
  {
    path: '/bim',
    label: { 'zh-CN': 'BIM 模型', en: 'BIM models' },
    icon: <BlockOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'site',
    element: <BimModelsPage />,
  },
  {
    path: '/carbon/factors',
    label: { 'zh-CN': '碳排放因子库', en: 'Carbon factors' },
    icon: <FireOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <FactorLibraryPage />,
  },
  {
    path: '/components',
    label: { 'zh-CN': '标准部品构件库', en: 'Component library' },
    icon: <AppstoreOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <LibraryPage />,
  },
  {
    path: '/prefab/projects',
    label: { 'zh-CN': '标准化与装配率', en: 'Standardisation & prefab' },
    icon: <PieChartOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <PrefabProjectsPage />,
  },
  {
    path: '/prefab/calculator',
    label: { 'zh-CN': '装配率计算器', en: 'Prefab ratio calculator' },
    icon: <CalculatorOutlined />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <CalculatorPage />,
  },
  {
    path: '/waste',
    label: { 'zh-CN': '建筑垃圾', en: 'Construction waste' },
    icon: <WasteIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'site',
    element: <WasteOverviewPage />,
  },
  {
    path: '/haulage/vehicles',
    label: { 'zh-CN': '渣土运输车辆', en: 'Haulage vehicles' },
    icon: <CarOutlined />,
    roles: ['admin', 'regulator', 'carrier'],
    group: 'site',
    element: <VehiclesPage />,
  },
  {
    path: '/facility',
    label: { 'zh-CN': '联单接收', en: 'Receive loads' },
    icon: <FacilityScanIcon />,
    roles: ['facility'],
    group: 'site',
    element: <FacilityPage />,
  },
  {
    path: '/supervision',
    label: { 'zh-CN': '监督检查', en: 'Supervision' },
    icon: <SupervisionIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'programme',
    element: <SupervisionPage />,
  },
  {
    path: '/support',
    label: { 'zh-CN': '政策支持与增量成本', en: 'Support & incremental cost' },
    icon: <SupportIcon />,
    roles: ['admin', 'regulator'],
    group: 'programme',
    element: <SupportOverviewPage />,
  },
  {
    path: '/evaluation/ranking',
    label: { 'zh-CN': '评价排名', en: 'Evaluation ranking' },
    icon: <EvaluationRankIcon />,
    roles: ['admin', 'regulator'],
    group: 'evaluation',
    element: <EvaluationRankingPage />,
  },
  {
    path: '/evaluation/summary',
    label: { 'zh-CN': '总结评估', en: 'Regional summary' },
    icon: <EvaluationSummaryIcon />,
    roles: ['admin', 'regulator'],
    group: 'evaluation',
    element: <EvaluationSummaryPage />,
  },
  {
    path: '/evaluation/schemes',
    label: { 'zh-CN': '评价方案', en: 'Evaluation schemes' },
    icon: <EvaluationSchemeIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <EvaluationSchemesPage />,
  },
  {
    path: '/evaluation/mine',
    label: { 'zh-CN': '我的评价任务', en: 'My evaluations' },
    icon: <EvaluationMineIcon />,
    roles: ['expert'],
    group: 'evaluation',
    element: <MyEvaluationsPage />,
  },
  {
    path: '/tracking',
    label: { 'zh-CN': '动态跟踪看板', en: 'Tracking dashboard' },
    icon: <TrackingIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <TrackingDashboardPage />,
  },
  {
    path: '/tracking/regions',
    label: { 'zh-CN': '三地指标对比', en: 'Indicators by region' },
    icon: <TrackingRegionsIcon />,
    roles: ['admin', 'regulator'],
    nationalOnly: true,
    group: 'evaluation',
    element: <TrackingRegionsPage />,
  },
  {
    path: '/indicators',
    label: { 'zh-CN': '指标目录', en: 'Indicator catalogue' },
    icon: <IndicatorsIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <IndicatorCataloguePage />,
  },
  {
    path: '/planning',
    label: { 'zh-CN': '绿色策划', en: 'Green plans' },
    icon: <PlanningIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <PlansPage />,
  },
  {
    path: '/planning/measures',
    label: { 'zh-CN': '策划措施库', en: 'Measure library' },
    icon: <MeasuresIcon />,
    roles: ['admin', 'regulator', 'enterprise', 'expert'],
    group: 'evaluation',
    element: <MeasuresPage />,
  },
  {
    path: '/practices',
    label: { 'zh-CN': '经验做法库', en: 'Practice library' },
    icon: <PracticesIcon />,
    roles: ['admin', 'regulator'],
    group: 'evaluation',
    element: <PracticesPage />,
  },
  {
    path: '/open-platform',
    label: { 'zh-CN': '开放平台', en: 'Open platform' },
    icon: <OpenPlatformIcon />,
    roles: ['admin', 'regulator', 'enterprise'],
    group: 'admin',
    element: <OpenPlatformPage />,
  },
  {
    path: '/admin/organisations',
    label: { 'zh-CN': '单位管理', en: 'Organisations' },
    icon: <BankOutlined />,
    roles: ['admin', 'regulator'],
    group: 'admin',
    element: <OrganisationsPage />,
  },
  {
    path: '/admin/users',
    label: { 'zh-CN': '用户管理', en: 'Users' },
    icon: <TeamOutlined />,
    roles: ['admin', 'regulator'],
    group: 'admin',
    element: <UsersPage />,
  },
  {
    path: '/admin/tokens',
    label: { 'zh-CN': 'API 令牌', en: 'API tokens' },
    icon: <ApiOutlined />,
    roles: 'any',
    group: 'admin',
    element: <TokensPage />,
  },
  {
    path: '/admin/audit',
    label: { 'zh-CN': '审计日志', en: 'Audit log' },
    icon: <AuditOutlined />,
    roles: ['admin', 'regulator'],
    group: 'admin',
    element: <AuditPage />,
  },
];

export const pageRoutes: PageRoute[] = [
  { path: '/notifications', element: <InboxPage /> },
  { path: '/projects/:id/plan', element: <ProjectPlanPage /> },
  { path: '/projects/:id/evaluations', element: <ProjectEvaluationsPage /> },
  { path: '/evaluation/evaluations/:id', element: <EvaluationPage /> },
  { path: '/projects/:id/tracking', element: <ProjectTrackingPage /> },
  { path: '/projects/:id', element: <ProjectDetailPage /> },
  { path: '/review/applications/:id', element: <ApplicationDetailPage /> },
  { path: '/projects/:id/supervision', element: <ProjectSupervisionPage /> },
  { path: '/projects/:id/supervision/inspections/:inspectionId', element: <InspectionPage /> },
  { path: '/supervision/notices/:id', element: <NoticePage /> },
  { path: '/projects/:id/support', element: <ProjectSupportPage /> },
  { path: '/projects/:id/waste', element: <ProjectWastePage /> },
  { path: '/waste/manifests/:id/slip', element: <ManifestSlipPage /> },
  { path: '/facility/manifests/:id', element: <FacilityManifestPage /> },
  { path: '/projects/:projectId/components', element: <ProjectComponentsPage /> },
  { path: '/projects/:projectId/prefab', element: <ProjectPrefabPage /> },
  { path: '/projects/:projectId/bim', element: <ProjectBimPage /> },
  { path: '/projects/:projectId/carbon', element: <ProjectCarbonPage /> },
  { path: '/projects/:id/quality', element: <ProjectQualityPage /> },
  { path: '/projects/:projectId/site', element: <SitePage /> },
];

/** Pages anyone may open without signing in (public pilot list, ledger verification). */
export const publicRoutes: PageRoute[] = [
  { path: '/public/pilots', element: <PublicPilotsPage /> },
  { path: '/public/practices', element: <PublicPracticesPage /> },
  { path: '/verify', element: <VerifyPage /> },
  { path: '/verify/:id', element: <VerifyPage /> },
];

/** Whether the signed-in user is offered (and may open) a page: the same rule the server applies to its API. */
export const canSee = (item: { roles: Role[] | 'any'; nationalOnly?: true }, me: { role: Role; regionCode: string | null }) =>
  (item.roles === 'any' || item.roles.includes(me.role)) && !(item.nationalOnly && me.role === 'regulator' && me.regionCode);
